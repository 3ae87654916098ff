import { afterEach, describe, expect, it } from 'vitest';
import { storageSocketUrl, takeAccessToken, TOKEN_STORAGE_KEY } from './accessToken.ts';

describe('access token', () => {
  afterEach(() => {
    window.localStorage.clear();
    window.history.replaceState(null, '', '/');
  });

  it('takes the token from the address bar into memory only, keeping the route', () => {
    window.history.replaceState(null, '', '/?token=XYZ&lang=en#/wall');

    expect(takeAccessToken()).toBe('XYZ');
    expect(window.localStorage.getItem(TOKEN_STORAGE_KEY)).toBeNull();
    expect(window.location.search).toBe('?lang=en');
    expect(window.location.hash).toBe('#/wall');
  });

  it('takes a wall token from the fragment and removes it, keeping the route', () => {
    window.history.replaceState(null, '', '/#/wall?token=lt1.wall.abc');

    expect(takeAccessToken()).toBe('lt1.wall.abc');
    expect(window.location.hash).toBe('#/wall');
    expect(window.location.href).not.toContain('lt1.wall.abc');

    window.history.replaceState(null, '', '/#token=bare');
    expect(takeAccessToken()).toBe('bare');
    expect(window.location.href).not.toContain('bare');
  });

  it('keeps nothing between visits, and clears what earlier versions stored', () => {
    window.localStorage.setItem(TOKEN_STORAGE_KEY, 'remembered');
    expect(takeAccessToken()).toBeNull();
    expect(window.localStorage.getItem(TOKEN_STORAGE_KEY)).toBeNull();
  });

  it('derives the storage socket address from the page', () => {
    expect(storageSocketUrl('http://10.0.0.5:4870/#/wall')).toBe(
      'ws://10.0.0.5:4870/api/v1/storage',
    );
    expect(storageSocketUrl('https://lantern.example/')).toBe(
      'wss://lantern.example/api/v1/storage',
    );
  });
});
