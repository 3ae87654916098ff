import { fileURLToPath } from 'node:url';
import type { Actor } from '../../../shared/commands/command.ts';
import type { CommandName, CommandResult } from '../../../shared/commands/registry.ts';
import { CommandError } from '../../../shared/commands/errors.ts';
import {
  adoptDefaultFrameworks,
  readDefaultFrameworks,
} from '../framework/installDefaultFrameworks.ts';
import { signedIn } from './signedIn.testHelpers.ts';
import { createTestExecutor } from './testNode.testHelpers.ts';

export const RESOURCES_DIR = fileURLToPath(new URL('../../../resources', import.meta.url));

/** The cast of the framework tests, by first name. */
const CAST = ['Ada Commander', 'Dana Ruiz', 'Priya Raman', 'Sam Okoro', 'Lee Chen'] as const;
type CastName = 'ada' | 'dana' | 'priya' | 'sam' | 'lee';

/**
 * A real executor over memory RxDB with a workspace, the default frameworks
 * adopted as the node does, and five people. `clock.now` may be moved.
 */
export async function createFrameworkTestNode(options: { frameworks?: boolean } = {}) {
  const clock = { now: new Date('2026-11-26T10:00:00Z') };
  const test = await createTestExecutor(() => clock.now);
  const system: Actor = { kind: 'system', id: 'node' };
  const execute = test.executor.execute.bind(test.executor) as (
    name: string,
    input: unknown,
    actor: Actor,
  ) => Promise<unknown>;
  const { person } = await test.executor.execute(
    'createWorkspace',
    { workspaceName: 'Northwind', displayName: CAST[0] },
    system,
  );
  if (options.frameworks !== false)
    await adoptDefaultFrameworks(execute, readDefaultFrameworks(RESOURCES_DIR));
  const ids: Record<CastName, string> = { ada: person.id, dana: '', priya: '', sam: '', lee: '' };
  for (const [index, name] of (['dana', 'priya', 'sam', 'lee'] as const).entries()) {
    const registered = await test.executor.execute(
      'registerPerson',
      { displayName: CAST[index + 1] },
      system,
    );
    ids[name] = registered.id;
  }
  function run<K extends CommandName>(
    name: K,
    input: unknown,
    as: CastName = 'ada',
  ): Promise<CommandResult<K>> {
    // Signed in just now, so step-up commands (approvals, administrator changes) run.
    return test.executor.execute(name, input, signedIn(ids[as], clock.now));
  }
  async function refusal(promise: Promise<unknown>): Promise<CommandError> {
    const error = await promise.then(
      () => undefined,
      (e: unknown) => e,
    );
    if (!(error instanceof CommandError))
      throw new Error(`expected a CommandError, got ${String(error)}`);
    return error;
  }
  async function timeline(incidentId: string) {
    const entries = await test.database.timeline
      .find({ selector: { incidentId }, sort: [{ incidentId: 'asc' }, { hlc: 'asc' }] })
      .exec();
    return entries.map((e) => ({ kind: e.kind, text: e.text, starred: e.starred }));
  }
  return { ...test, clock, ids, system, execute, run, refusal, timeline };
}

export type FrameworkTestNode = Awaited<ReturnType<typeof createFrameworkTestNode>>;
