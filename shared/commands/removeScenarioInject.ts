import { z } from 'zod';
import { defineCommand } from './command.ts';
import { invalidInput } from './errors.ts';
import { requireScenario, revisedScenario } from './saveScenarioInject.ts';

export const removeScenarioInjectInput = z
  .object({
    scenarioId: z.string().min(1).max(64),
    number: z.number().int().min(1).max(999),
  })
  .strict();

/** Remove an inject from a library scenario's MSEL (refused while another inject links to it). */
export const removeScenarioInject = defineCommand({
  name: 'removeScenarioInject',
  summary: 'Remove an inject from a library scenario’s MSEL',
  input: removeScenarioInjectInput,
  permission: 'person',
  async plan(reads, input, context) {
    const { doc, scenario } = await requireScenario(reads, input.scenarioId);
    if (!scenario.injects.some((i) => i.number === input.number))
      throw invalidInput([{ field: 'number', reason: `no inject number ${input.number}` }]);
    const linkedFrom = scenario.injects.find((i) => i.contingencies.includes(input.number));
    if (linkedFrom)
      throw invalidInput([
        {
          field: 'number',
          reason: `inject ${linkedFrom.number} lists ${input.number} as its contingency; unlink it first`,
        },
      ]);
    const injects = scenario.injects.filter((i) => i.number !== input.number);
    const document = revisedScenario(doc, { ...scenario, injects }, context);
    return { writes: [{ kind: 'frameworks', document }], result: document };
  },
});
