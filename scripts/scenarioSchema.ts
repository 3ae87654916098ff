// Publish the scenario file schema, generated from the zod schema the node validates with:
// `npm run scenarios:schema` writes resources/scenarios/scenario.schema.json
// (a unit test fails when the published file and the zod schema drift apart).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scenarioJsonSchema } from '../shared/exercises/scenarioSchema.ts';

const target = join(import.meta.dirname, '..', 'resources', 'scenarios', 'scenario.schema.json');
writeFileSync(target, `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target}`);
