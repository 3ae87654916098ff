import { notFound } from '../../../shared/commands/errors.ts';
import { requireAdministratorStepUp } from '../access/requireAdministrator.ts';
import { sendJson } from './jsonResponse.ts';
import { defineRoute } from './routeDefinition.ts';

const peerSchema = {
  type: 'object',
  required: ['nodeId', 'name', 'address', 'connected', 'lagMs'],
  properties: {
    nodeId: { type: 'string' },
    name: { type: 'string' },
    address: { type: 'string', description: 'host:port as dialled or seen' },
    connected: { type: 'boolean' },
    lastSeen: { type: 'string', format: 'date-time' },
    lagMs: {
      type: 'number',
      description: 'Age of the oldest local change this peer has not acknowledged (0: none)',
    },
  },
};

const hubSchema = {
  type: 'object',
  description: 'The NATS JetStream hub, when the node is configured with one (docs/hub.md)',
  required: ['state', 'servers', 'pendingChanges', 'lagMs', 'behindMessages', 'refusedMessages'],
  properties: {
    state: {
      type: 'string',
      enum: ['live', 'connecting', 'refused', 'incompatible'],
      description: 'live only while connected and the workspace stream answers',
    },
    servers: { type: 'array', items: { type: 'string' } },
    connectedTo: { type: 'string' },
    problem: { type: 'string' },
    pendingChanges: {
      type: 'integer',
      description: 'Local changes the hub has not acknowledged yet',
    },
    lagMs: { type: 'number', description: 'Age of the oldest of those changes (0: none)' },
    behindMessages: { type: 'integer', description: 'Hub messages not read yet' },
    refusedMessages: {
      type: 'integer',
      description: 'Hub messages refused (forged, malformed, not valid) since the node started',
    },
    lastContact: { type: 'string', format: 'date-time' },
  },
};

const SYNC_OFF = 'peer sync (start the node with --workspace-secret)';

const status = defineRoute({
  method: 'GET',
  path: '/api/v1/sync/status',
  summary: 'Peer sync status: peers, whether this node is isolated, changes not yet acknowledged',
  responses: {
    '200': {
      description: 'Sync status',
      content: {
        'application/json': {
          schema: {
            type: 'object',
            required: ['enabled', 'nodeId', 'isolated', 'unacknowledgedChanges', 'peers'],
            properties: {
              enabled: { type: 'boolean' },
              nodeId: { type: 'string' },
              name: { type: 'string' },
              syncPort: { type: 'integer' },
              fingerprint: {
                type: 'string',
                description: 'SHA-256 of this node’s certificate',
              },
              isolated: { type: 'boolean', description: 'No peer is connected' },
              unacknowledgedChanges: {
                type: 'integer',
                description: 'Local changes no peer has acknowledged yet',
              },
              peers: { type: 'array', items: peerSchema },
              quarantined: {
                type: 'array',
                description:
                  'Peers refused for sending what they may not write (docs/security.md), with the reason and until when',
                items: {
                  type: 'object',
                  required: ['nodeId', 'name', 'address', 'reason', 'since', 'until'],
                  properties: {
                    nodeId: { type: 'string' },
                    name: { type: 'string' },
                    address: { type: 'string' },
                    reason: { type: 'string' },
                    since: { type: 'string', format: 'date-time' },
                    until: { type: 'string', format: 'date-time' },
                  },
                },
              },
              hub: hubSchema,
              scheduling: {
                type: 'object',
                description:
                  'This node’s scheduler lease (takeover rule): running its own scheduled work, or catching up after its lease lapsed',
                required: ['state', 'leaseMs', 'skewMarginMs'],
                properties: {
                  state: { type: 'string', enum: ['running', 'catching-up'] },
                  catchingUpSince: { type: 'string', format: 'date-time' },
                  leaseMs: { type: 'integer' },
                  skewMarginMs: { type: 'integer' },
                },
              },
            },
          },
        },
      },
    },
  },
  async handle({ api, response }) {
    sendJson(
      response,
      200,
      api.sync?.status() ?? {
        enabled: false,
        nodeId: api.info().nodeId,
        name: '',
        isolated: true,
        unacknowledgedChanges: 0,
        peers: [],
      },
    );
  },
});

const digest = defineRoute({
  method: 'GET',
  path: '/api/v1/sync/digest',
  summary:
    'Per collection: document count and SHA-256 of all documents (nodes in sync report the same)',
  responses: {
    '200': {
      description: 'Digests by collection name',
      content: {
        'application/json': {
          schema: {
            type: 'object',
            additionalProperties: {
              type: 'object',
              required: ['count', 'sha256'],
              properties: { count: { type: 'integer' }, sha256: { type: 'string' } },
            },
          },
        },
      },
    },
    '404': { description: 'Peer sync is off on this node' },
  },
  async handle({ api, response }) {
    if (!api.sync) throw notFound(SYNC_OFF, 'digest');
    sendJson(response, 200, await api.sync.digest());
  },
});

const joinCode = defineRoute({
  method: 'GET',
  path: '/api/v1/sync/join-code',
  summary:
    'Join code for a new node (workspace id, address, secret, certificate fingerprint) as text and QR code',
  responses: {
    '200': {
      description: 'The join code; treat it like a password',
      content: {
        'application/json': {
          schema: {
            type: 'object',
            required: ['code', 'qrDataUrl', 'workspaceId', 'address', 'fingerprint'],
            properties: {
              code: { type: 'string' },
              qrDataUrl: {
                type: 'string',
                description: 'PNG data URL of the code as a QR code',
              },
              workspaceId: { type: 'string' },
              address: { type: 'string' },
              fingerprint: { type: 'string' },
            },
          },
        },
      },
    },
    '404': { description: 'Peer sync is off on this node' },
  },
  async handle({ api, request, response }) {
    // The join code carries the workspace secret: administrators only, with step-up.
    await requireAdministratorStepUp(
      request,
      api,
      'see the join code (it carries the workspace secret)',
    );
    if (!api.sync) throw notFound(SYNC_OFF, 'join-code');
    sendJson(response, 200, await api.sync.joinCode());
  },
});

/** Peer sync: status for people and monitoring, the join code for new nodes. */
export const syncRoutes = [status, digest, joinCode];
