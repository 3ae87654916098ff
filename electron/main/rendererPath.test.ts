import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mimeTypeFor, resolveRendererFile } from './rendererPath.ts';

const root = path.resolve('/opt/lantern/dist/renderer');

function servedPath(url: string): string | undefined {
  const lookup = resolveRendererFile(root, url);
  return lookup.kind === 'file' ? lookup.path : undefined;
}

describe('resolveRendererFile (app:// path-traversal guard)', () => {
  it('serves assets under the renderer folder and index.html for the bare origin', () => {
    expect(servedPath('app://lantern/assets/index-abc.js')).toBe(
      path.join(root, 'assets', 'index-abc.js'),
    );
    expect(servedPath('app://lantern/')).toBe(path.join(root, 'index.html'));
    expect(servedPath('app://lantern/index.html#/wall')).toBe(path.join(root, 'index.html'));
  });

  it('marks extension-less paths as routes that fall back to index.html', () => {
    const lookup = resolveRendererFile(root, 'app://lantern/incidents/42');
    expect(lookup).toMatchObject({
      kind: 'file',
      routeLike: true,
      indexPath: path.join(root, 'index.html'),
    });
    expect(resolveRendererFile(root, 'app://lantern/missing.js')).toMatchObject({
      routeLike: false,
    });
  });

  it.each([
    ['encoded dot-dot slash', 'app://lantern/..%2f..%2fetc/passwd'],
    ['encoded backslash', 'app://lantern/assets%5c..%5c..%5csecret'],
    ['raw backslash', 'app://lantern/assets\\..\\..\\secret'],
    ['encoded NUL', 'app://lantern/index.html%00.png'],
    ['drive letter', 'app://lantern/C:/Windows/win.ini'],
    ['broken percent-encoding', 'app://lantern/%E0%A4%A'],
    ['another host', 'app://evil/index.html'],
    ['another scheme', 'file:///etc/passwd'],
    ['not a URL', '../../etc/passwd'],
  ])('refuses %s', (_label, url) => {
    expect(resolveRendererFile(root, url).kind).toBe('refused');
  });

  it.each([
    ['dot-dot', 'app://lantern/../../etc/passwd'],
    ['encoded dot-dot', 'app://lantern/%2e%2e/%2e%2e/etc/passwd'],
    ['mixed encoded dot-dot', 'app://lantern/.%2E/secret'],
    ['absolute-looking path', 'app://lantern//etc/passwd'],
    ['triple dots', 'app://lantern/%2E%2E%2E/x'],
  ])('never leaves the renderer folder for %s', (_label, url) => {
    const served = servedPath(url);
    if (served !== undefined) expect(served.startsWith(root + path.sep)).toBe(true);
  });
});

describe('mimeTypeFor', () => {
  it('names the content types the renderer build produces', () => {
    expect(mimeTypeFor('/x/index.html')).toBe('text/html; charset=utf-8');
    expect(mimeTypeFor('/x/app.JS')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('/x/font.woff2')).toBe('font/woff2');
    expect(mimeTypeFor('/x/blob')).toBe('application/octet-stream');
  });
});
