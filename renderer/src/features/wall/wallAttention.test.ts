import { describe, expect, it } from 'vitest';
import { newlyActiveIncident } from './wallAttention.ts';

describe('newlyActiveIncident', () => {
  it('does nothing on the first look', () => {
    expect(newlyActiveIncident(undefined, ['a', 'b'])).toBeNull();
  });

  it('names the incident that just became active', () => {
    expect(newlyActiveIncident(['a'], ['c', 'a'])).toBe('c');
  });

  it('does nothing when an incident was only resolved', () => {
    expect(newlyActiveIncident(['a', 'b'], ['a'])).toBeNull();
  });
});
