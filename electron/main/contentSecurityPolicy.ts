/**
 * The Content-Security-Policy of every Lantern window: only our own app://
 * origin for code, styles and assets, and the local node (HTTP + WebSocket)
 * for connections. No inline scripts, no eval, no plugins, no frames.
 */
export function contentSecurityPolicy(options: { nodeUrl?: string } = {}): string {
  const directives: [string, string][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'"],
    ['style-src', "'self'"],
    ['img-src', "'self' data: blob:"],
    ['font-src', "'self' data:"],
    ['connect-src', ["'self'", ...nodeSources(options.nodeUrl)].join(' ')],
    ['worker-src', "'self' blob:"],
    ['object-src', "'none'"],
    ['frame-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'none'"],
    ['frame-ancestors', "'none'"],
  ];
  return directives.map(([name, value]) => `${name} ${value}`).join('; ');
}

/** The node's own origin over http and ws; any ws: when the node URL is unknown. */
function nodeSources(nodeUrl: string | undefined): string[] {
  if (!nodeUrl) return ['ws:'];
  const url = new URL(nodeUrl);
  const secure = url.protocol === 'https:';
  return [`${url.protocol}//${url.host}`, `${secure ? 'wss' : 'ws'}://${url.host}`];
}
