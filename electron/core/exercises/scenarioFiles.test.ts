import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  parseExerciseScenario,
  scenarioJsonSchema,
} from '../../../shared/exercises/scenarioSchema.ts';
import { RESOURCES_DIR } from '../commands/frameworkNode.testHelpers.ts';
import { readDemoOrganisation } from '../demo/demoOrganisation.ts';

const dir = join(RESOURCES_DIR, 'scenarios');
const files = readdirSync(dir).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'));
const read = (file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as unknown;

describe('the shipped scenario library', () => {
  it('has the six scenarios the issue asks for', () => {
    expect(files.sort()).toEqual([
      'cloud-region-outage.json',
      'datacentre-power-cooling.json',
      'insider-credential-misuse.json',
      'payment-vendor-outage.json',
      'personal-data-breach-gdpr.json',
      'ransomware-file-servers.json',
    ]);
  });

  it.each(files)(
    '%s validates, names its file by id and uses Northwind Mutual’s services',
    (file) => {
      const scenario = parseExerciseScenario(read(file));
      expect(`${scenario.id}.json`).toBe(file);
      expect(read(file)).toHaveProperty('$schema', './scenario.schema.json');
      expect(scenario).not.toHaveProperty('$schema');
      const services = new Set(
        (readDemoOrganisation(RESOURCES_DIR) as { services: { id: string }[] }).services.map(
          (s) => s.id,
        ),
      );
      for (const id of scenario.serviceIds) expect(services).toContain(id);
      expect(scenario.injects.filter((i) => !i.contingency).length).toBeGreaterThanOrEqual(5);
      expect(scenario.injects.some((i) => i.contingency)).toBe(true);
      for (const objective of scenario.objectives)
        expect(scenario.injects.some((i) => i.objective === objective.id)).toBe(true);
    },
  );

  it('publishes the JSON Schema generated from the zod schema (npm run scenarios:schema)', () => {
    const published = read('scenario.schema.json');
    expect(published).toEqual(scenarioJsonSchema());
  });
});
