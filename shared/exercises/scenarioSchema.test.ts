import { describe, expect, it } from 'vitest';
import { FrameworkDefinitionError } from '../framework/errors.ts';
import { parseExerciseScenario } from './scenarioSchema.ts';
import { shortScenario } from './scenario.testHelpers.ts';

const structuredClone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function problemsOf(input: unknown) {
  try {
    parseExerciseScenario(input);
  } catch (error) {
    expect(error).toBeInstanceOf(FrameworkDefinitionError);
    return (error as FrameworkDefinitionError).problems;
  }
  throw new Error('expected the scenario to be rejected');
}

describe('scenario schema', () => {
  it('accepts a valid scenario and fills defaults', () => {
    const parsed = parseExerciseScenario(shortScenario);
    expect(parsed.serviceIds).toEqual([]);
    expect(parsed.injects[0]).toMatchObject({ contingency: false, contingencies: [2] });
    expect(parsed.modules[0]?.discussionQuestions).toEqual([]);
  });

  it('names the field and the reason for bad values', () => {
    const badTime = structuredClone(shortScenario);
    (badTime.injects[0] as { time: string }).time = '15 minutes';
    expect(problemsOf(badTime)).toEqual([
      expect.objectContaining({ field: 'injects.0.time', reason: expect.stringMatching(/H:MM/) }),
    ]);
    const badMethod = structuredClone(shortScenario);
    (badMethod.injects[1] as { method: string }).method = 'pigeon';
    expect(problemsOf(badMethod)[0]).toMatchObject({
      field: 'injects.1.method',
      reason: expect.stringContaining('phone, email'),
    });
    expect(problemsOf({ ...shortScenario, extra: true })[0]?.reason).toMatch(/unexpected field/);
  });

  it('rejects references to roles, objectives, modules and contingencies that do not exist', () => {
    const broken = structuredClone(shortScenario);
    Object.assign(broken.injects[0] as object, {
      to: 'wizard',
      objective: 'nope',
      module: 'm9',
      contingencies: [7],
    });
    const fields = problemsOf(broken).map((p) => `${p.field}: ${p.reason}`);
    expect(fields).toEqual([
      'injects.0.module: no module "m9" in this scenario',
      'injects.0.to: no participant role "wizard" in this scenario',
      'injects.0.objective: no objective "nope" in this scenario',
      'injects.0.contingencies.0: no inject number 7',
    ]);
  });

  it('rejects duplicate inject numbers and contingency links to scheduled injects', () => {
    const twice = structuredClone(shortScenario);
    (twice.injects[1] as { number: number }).number = 1;
    expect(problemsOf(twice).map((p) => p.field)).toContain('injects.1.number');
    const notContingency = structuredClone(shortScenario);
    (notContingency.injects[1] as { contingency?: boolean }).contingency = false;
    expect(problemsOf(notContingency)[0]?.reason).toMatch(/not marked "contingency": true/);
  });
});
