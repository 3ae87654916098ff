import type { Actor } from '../../../shared/commands/command.ts';
import { CommandError } from '../../../shared/commands/errors.ts';
import type { CommandName, CommandResult } from '../../../shared/commands/registry.ts';
import { createTestExecutor } from '../commands/testNode.testHelpers.ts';
import { RESOURCES_DIR } from '../commands/frameworkNode.testHelpers.ts';
import { readDemoOrganisation } from '../demo/demoOrganisation.ts';
import {
  adoptDefaultFrameworks,
  readDefaultFrameworks,
} from '../framework/installDefaultFrameworks.ts';
import { FakeClock, T0 } from '../scheduler/escalationScheduler.testHelpers.ts';
import { Scheduler } from '../scheduler/scheduler.ts';
import { exerciseJob } from './exerciseScheduler.ts';

export { FakeClock, T0 };
export const FACILITATOR = 'yusuf-demir';
export const PLAYER = 'maya-okafor';
export const EVALUATOR = 'kevin-murphy';
const SYSTEM: Actor = { kind: 'system', id: 'node' };

/**
 * A node core in memory on a clock the test moves: the demo organisation
 * (Northwind Mutual), the default frameworks and scenarios, and an exercise
 * scheduler that can be stopped and replaced as a restarted node would.
 */
export async function createExerciseTestNode(nodeId = 'node-test') {
  const clock = new FakeClock(T0);
  const test = await createTestExecutor(() => clock.now());
  const execute = (name: string, input: unknown, actor: Actor) =>
    test.executor.execute(name, input, actor);
  const organisation = readDemoOrganisation(RESOURCES_DIR) as object;
  await execute('importOrganisation', { ...organisation, demo: true }, SYSTEM);
  await adoptDefaultFrameworks(execute, readDefaultFrameworks(RESOURCES_DIR));
  const newScheduler = (schedulerNodeId = nodeId) =>
    new Scheduler(
      exerciseJob({ database: test.database, execute, nodeId: schedulerNodeId, clock }),
      { changes: test.changes, clock },
    );
  let scheduler = newScheduler();
  function run<K extends CommandName>(name: K, input: unknown, as = FACILITATOR) {
    return test.executor.execute(name, input, { kind: 'person', id: as }) as Promise<
      CommandResult<K>
    >;
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
  /** Released inject numbers, in the order they reached the timeline. */
  async function releasedOnTimeline(incidentId: string): Promise<number[]> {
    const entries = await test.database.timeline
      .find({ selector: { incidentId }, sort: [{ incidentId: 'asc' }, { hlc: 'asc' }] })
      .exec();
    return entries.flatMap((e) => {
      const match = /^EXERCISE INJECT (\d+) /.exec(e.text);
      return match ? [Number(match[1])] : [];
    });
  }
  return {
    ...test,
    clock,
    execute,
    run,
    refusal,
    releasedOnTimeline,
    get scheduler() {
      return scheduler;
    },
    /** Stop the scheduler (the node goes down); `restart` starts a fresh one on the same data. */
    async stopScheduler() {
      await scheduler.stop();
    },
    async restartScheduler(schedulerNodeId = nodeId) {
      scheduler = newScheduler(schedulerNodeId);
      await scheduler.start();
    },
    settle: () => scheduler.idle(),
  };
}
