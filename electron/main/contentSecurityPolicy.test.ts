import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './contentSecurityPolicy.ts';

function directives(csp: string): Map<string, string> {
  return new Map(
    csp
      .split('; ')
      .map((directive) => [directive.split(' ')[0] ?? '', directive.split(' ').slice(1).join(' ')]),
  );
}

describe('contentSecurityPolicy', () => {
  it('allows only our own origin for code and no inline script, eval, plugins or frames', () => {
    const policy = directives(contentSecurityPolicy({ nodeUrl: 'http://127.0.0.1:4310' }));
    expect(policy.get('default-src')).toBe("'self'");
    expect(policy.get('script-src')).toBe("'self'");
    expect(policy.get('object-src')).toBe("'none'");
    expect(policy.get('frame-ancestors')).toBe("'none'");
    expect(contentSecurityPolicy()).not.toMatch(/unsafe-(inline|eval)/);
  });

  it('lets the window reach its own node over http and ws, and nothing else', () => {
    const policy = directives(contentSecurityPolicy({ nodeUrl: 'http://127.0.0.1:4310' }));
    expect(policy.get('connect-src')).toBe("'self' http://127.0.0.1:4310 ws://127.0.0.1:4310");
    expect(directives(contentSecurityPolicy()).get('connect-src')).toBe("'self' ws:");
  });
});
