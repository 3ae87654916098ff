import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRendererRequestHandler, registerAppScheme } from './appProtocol.ts';

const root = path.resolve('/opt/lantern/dist/renderer');
const files = new Map([
  [path.join(root, 'index.html'), '<!doctype html><title>Lantern</title>'],
  [path.join(root, 'assets', 'app.js'), 'console.log("hi")'],
]);

const handler = createRendererRequestHandler({
  rootDir: root,
  contentSecurityPolicy: "default-src 'self'",
  readFile: async (filePath) => {
    const text = files.get(filePath);
    if (text === undefined) throw new Error('ENOENT');
    return new TextEncoder().encode(text);
  },
});

describe('app:// request handler', () => {
  it('serves a built asset with its type, the CSP and nosniff', async () => {
    const response = await handler(new Request('app://lantern/assets/app.js'));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('console.log("hi")');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe("default-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('falls back to index.html for routes but not for missing assets', async () => {
    const route = await handler(new Request('app://lantern/wall'));
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('<title>Lantern</title>');
    expect((await handler(new Request('app://lantern/assets/missing.js'))).status).toBe(404);
  });

  it('answers 403 to traversal attempts and 405 to writes', async () => {
    expect((await handler(new Request('app://lantern/..%2f..%2fetc/passwd'))).status).toBe(403);
    expect(
      (await handler(new Request('app://lantern/index.html', { method: 'POST', body: 'x' })))
        .status,
    ).toBe(405);
  });

  it('registers app:// as a standard secure scheme without bypassing the CSP', () => {
    const registered: unknown[] = [];
    registerAppScheme({ registerSchemesAsPrivileged: (schemes) => registered.push(...schemes) });
    expect(registered).toEqual([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.not.objectContaining({ bypassCSP: true }),
      }),
    ]);
  });
});
