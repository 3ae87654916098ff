import type { WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import { guardWebContents } from './webContentsGuards.ts';

type Listener = (event: FakeEvent) => void;
interface FakeEvent {
  url?: string;
  isMainFrame?: boolean;
  defaultPrevented: boolean;
  preventDefault(): void;
}

function fakeEvent(fields: Partial<FakeEvent> = {}): FakeEvent {
  return {
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
    ...fields,
  };
}

function fakeWebContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = {
    on: (name: string, listener: Listener) => listeners.set(name, listener),
    setWindowOpenHandler: (handler: typeof openHandler) => (openHandler = handler),
  };
  const emit = (name: string, event: FakeEvent) => {
    listeners.get(name)?.(event);
    return event;
  };
  guardWebContents(
    contents as unknown as Pick<WebContents, 'on' | 'setWindowOpenHandler'>,
    () => undefined,
  );
  return { emit, openWindow: (url: string) => openHandler?.({ url }) };
}

describe('guardWebContents', () => {
  it('refuses navigation, redirects and <webview>', () => {
    const contents = fakeWebContents();
    expect(
      contents.emit('will-navigate', fakeEvent({ url: 'https://evil.example' })).defaultPrevented,
    ).toBe(true);
    expect(
      contents.emit('will-redirect', fakeEvent({ url: 'https://evil.example' })).defaultPrevented,
    ).toBe(true);
    expect(contents.emit('will-attach-webview', fakeEvent()).defaultPrevented).toBe(true);
    expect(
      contents.emit('will-frame-navigate', fakeEvent({ url: 'https://x', isMainFrame: false }))
        .defaultPrevented,
    ).toBe(true);
  });

  it('lets the page reload itself on app://lantern but nowhere else', () => {
    const contents = fakeWebContents();
    expect(
      contents.emit('will-navigate', fakeEvent({ url: 'app://lantern/index.html#/' }))
        .defaultPrevented,
    ).toBe(false);
    expect(
      contents.emit('will-navigate', fakeEvent({ url: 'app://lantern.evil.example/' }))
        .defaultPrevented,
    ).toBe(true);
    expect(
      contents.emit('will-navigate', fakeEvent({ url: 'file:///etc/passwd' })).defaultPrevented,
    ).toBe(true);
  });

  it('denies window.open', () => {
    expect(fakeWebContents().openWindow('https://evil.example')).toEqual({ action: 'deny' });
  });
});
