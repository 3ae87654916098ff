import { afterEach, describe, expect, it } from 'vitest';
import { storageSocketUrl, takeAccessToken, TOKEN_STORAGE_KEY } from './accessToken.ts';

describe('access token', () => {
  afterEach(() => {
    window.localStorage.clear();
    window.history.replaceState(null, '', '/');
  });

  it('moves the token from the address bar into storage, keeping the route', () => {
    window.history.replaceState(null, '', '/?token=XYZ&lang=en#/wall');

    expect(takeAccessToken()).toBe('XYZ');
    expect(window.localStorage.getItem(TOKEN_STORAGE_KEY)).toBe('XYZ');
    expect(window.location.search).toBe('?lang=en');
    expect(window.location.hash).toBe('#/wall');
  });

  it('uses the remembered token on later visits, and none when there is none', () => {
    expect(takeAccessToken()).toBeNull();
    window.localStorage.setItem(TOKEN_STORAGE_KEY, 'remembered');
    expect(takeAccessToken()).toBe('remembered');
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
