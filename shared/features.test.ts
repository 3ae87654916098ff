import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineCommand } from './commands/command.ts';
import { COMMAND_NAMES, commands } from './commands/registry.ts';
import { defineSharedFeature } from './feature.ts';
import { featureKinds, sharedFeatures } from './features.ts';
import { KIND_NAMES } from './store/kinds.ts';

describe('the feature list', () => {
  it('gives every command to exactly one feature, under its own name', () => {
    const listed = sharedFeatures.flatMap((feature) => Object.keys(feature.commands));
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual([...COMMAND_NAMES].sort());
    for (const name of COMMAND_NAMES) expect(commands[name].name).toBe(name);
  });

  it('gives every kind of record but the audit chain to exactly one feature', () => {
    const owned = featureKinds.flatMap((kinds) => Object.keys(kinds));
    expect(new Set(owned).size).toBe(owned.length);
    expect([...owned, 'audit'].sort()).toEqual([...KIND_NAMES].sort());
  });

  it('refuses a command listed under another name', () => {
    const noteShift = defineCommand({
      name: 'noteShift',
      summary: 'Note a shift',
      input: z.object({}),
      permission: 'person',
      plan: async () => ({ writes: [], result: null }),
    });
    expect(() =>
      defineSharedFeature({ name: 'broken', commands: { coverShift: noteShift } }),
    ).toThrow('Feature broken lists command noteShift under "coverShift"');
  });
});
