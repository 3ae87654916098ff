// Who may talk to the node's HTTP server at all, before any token is read.
// Two browser attacks are refused here:
// - DNS rebinding: a page on evil.example re-points its own name at
//   127.0.0.1 and then talks to the node "same-origin". Its requests carry
//   `Host: evil.example`, so only names this node answers to are accepted:
//   loopback, this machine's host name and addresses, and names the operator
//   configured (a wall display reached through a DNS name).
// - Cross-site requests: a page elsewhere posts to the node from a browser
//   that holds a token. Browsers always send `Origin` on such requests and on
//   WebSocket handshakes, so a state-changing request or an upgrade whose
//   Origin is not this node's own origin is refused. Requests without an
//   Origin come from tools (curl, monitoring), not from a web page.
import type { IncomingMessage } from 'node:http';
import { hostname, networkInterfaces } from 'node:os';

export interface RequestGuardOptions {
  /** Extra host names (or addresses) the node is reached by, e.g. `lantern.war-room.example`. */
  allowedHosts?: readonly string[];
  /** This machine's names and addresses; the operating system's by default (tests inject). */
  localNames?: () => readonly string[];
}

export type GuardRefusal = { status: 403 | 421; code: string; message: string };

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const LOOPBACK = ['localhost', '127.0.0.1', '::1'];
// Interfaces change (DHCP, VPN); re-read them at most this often on a miss.
const INTERFACE_REFRESH_MS = 10_000;

/** This machine's host names and the addresses of its network interfaces. */
export function machineNames(): string[] {
  const name = hostname().toLowerCase();
  const addresses = Object.values(networkInterfaces())
    .flat()
    .map((entry) => entry?.address.toLowerCase())
    .filter((address): address is string => Boolean(address));
  return [name, `${name}.local`, ...addresses];
}

/** The host name of a `Host` header or an origin's host, lower case, IPv6 without brackets. */
export function hostNameOf(hostHeader: string): string | undefined {
  const match = /^(\[[0-9a-fA-F:.]+\]|[^:[\]]+)(?::(\d{1,5}))?$/.exec(hostHeader.trim());
  if (!match?.[1]) return undefined;
  return match[1].replace(/^\[|\]$/g, '').toLowerCase();
}

export class RequestGuard {
  private readonly configured: Set<string>;
  private readonly localNames: () => readonly string[];
  private known = new Set<string>();
  private readAt = Number.NEGATIVE_INFINITY;

  constructor(options: RequestGuardOptions = {}) {
    this.configured = new Set(
      (options.allowedHosts ?? []).map((name) => hostNameOf(name) ?? name.toLowerCase()),
    );
    this.localNames = options.localNames ?? machineNames;
  }

  /** Whether the node answers to this host name. */
  knowsHost(name: string): boolean {
    if (LOOPBACK.includes(name) || this.configured.has(name) || this.known.has(name)) return true;
    const now = performance.now();
    if (now - this.readAt < INTERFACE_REFRESH_MS) return false;
    this.readAt = now;
    this.known = new Set(this.localNames().map((local) => local.toLowerCase()));
    return this.known.has(name);
  }

  /** Why the node refuses this request before reading its token, or undefined. */
  refusal(request: IncomingMessage, options: { upgrade?: boolean } = {}): GuardRefusal | undefined {
    const hostHeader = request.headers.host ?? '';
    const host = hostNameOf(hostHeader);
    if (!host || !this.knowsHost(host)) {
      return {
        status: 421,
        code: 'unknown-host',
        message: `This node does not answer to the host name "${hostHeader.slice(0, 100)}"; use its address, or start it with --allowed-host for that name`,
      };
    }
    const changes = options.upgrade === true || STATE_CHANGING.has(request.method ?? 'GET');
    if (changes && !this.sameOrigin(request, hostHeader)) {
      return {
        status: 403,
        code: 'cross-origin',
        message: 'Requests from another web site are refused: open Lantern from this node',
      };
    }
    return undefined;
  }

  private sameOrigin(request: IncomingMessage, hostHeader: string): boolean {
    const origin = request.headers.origin;
    const fetchSite = request.headers['sec-fetch-site'];
    if (fetchSite === 'cross-site') return false;
    if (origin === undefined) return true;
    let parsed: URL;
    try {
      parsed = new URL(origin);
    } catch {
      return false;
    }
    // `Origin: null` (sandboxed frames, file://) parses to the opaque origin "null".
    if (parsed.origin === 'null') return false;
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
    return parsed.host.toLowerCase() === hostHeader.trim().toLowerCase();
  }
}
