import { describe, expect, it } from 'vitest';
import { checkSender, type IpcSenderLike } from './senderCheck.ts';

const ours = (id: number) => id === 1;
const event = (url: string, parent: unknown = null, id = 1): IpcSenderLike => ({
  sender: { id },
  senderFrame: { url, parent },
});

describe('checkSender', () => {
  it('accepts the main frame of our window on app://lantern', () => {
    expect(checkSender(event('app://lantern/index.html#/wall'), ours)).toEqual({ ok: true });
  });

  it.each([
    ['a sub-frame', event('app://lantern/index.html', { url: 'app://lantern/' })],
    ['another origin', event('https://evil.example/')],
    ['a look-alike host', event('app://lantern.evil/index.html')],
    ['a file:// page', event('file:///tmp/index.html')],
    ['about:blank', event('about:blank')],
    ['an empty URL', event('')],
    ['a window we did not create', event('app://lantern/index.html', null, 99)],
    ['a frame that is gone', { sender: { id: 1 }, senderFrame: null }],
  ])('refuses %s', (_label, sender) => {
    expect(checkSender(sender, ours).ok).toBe(false);
  });
});
