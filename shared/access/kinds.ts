import { accessTokenShape } from '../schema/accessToken.ts';
import { credentialShape } from '../schema/credential.ts';
import { sessionShape } from '../schema/session.ts';
import { defineKind } from '../store/kind.ts';

/**
 * Sign-in: credentials and sessions. Both live in `records` and sync with
 * the workspace, so a person signs in on any node and a revocation reaches
 * every node; neither is ever served to a window (storageTargets).
 */
export const accessKinds = {
  credentials: defineKind({
    name: 'credentials',
    noun: 'credential',
    shape: credentialShape,
    version: 0,
    appendOnly: false,
    storage: { collection: 'records', columns: {} },
  }),
  sessions: defineKind({
    name: 'sessions',
    noun: 'session',
    shape: sessionShape,
    version: 0,
    appendOnly: false,
    storage: { collection: 'records', columns: { scope: 'personId' } },
  }),
  accessTokens: defineKind({
    name: 'accessTokens',
    noun: 'access token',
    shape: accessTokenShape,
    version: 0,
    appendOnly: false,
    storage: { collection: 'records', columns: { category: 'purpose' } },
  }),
};
