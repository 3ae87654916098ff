import { describe, expect, it } from 'vitest';
import { blamingLanguage } from './blamelessLanguage.ts';

describe('the blameless writing aid', () => {
  const names = ['Kevin Murphy'];
  it('warns when a named person is blamed', () => {
    expect(blamingLanguage('Kevin was careless with the config push', names)).toBe(
      '“careless” next to Kevin: describe what made it easy to happen, not who did it',
    );
    expect(blamingLanguage('It was Kevin Murphy’s fault', names)).toMatch(
      /“fault” next to Kevin Murphy/,
    );
  });

  it('stays quiet about blameless lines and blame words with no one named', () => {
    expect(blamingLanguage('Kevin rolled back the config in 4 minutes', names)).toBeUndefined();
    expect(blamingLanguage('The config tool made a careless push easy', names)).toBeUndefined();
  });
});
