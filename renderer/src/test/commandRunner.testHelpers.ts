import type { RxCollection } from 'rxdb';
import type { Actor, CommandContext, CommandReads } from '../../../shared/commands/command.ts';
import { forbidden, invalidInput } from '../../../shared/commands/errors.ts';
import {
  commands,
  type CommandInput,
  type CommandName,
  type CommandResult,
} from '../../../shared/commands/registry.ts';
import { zodProblems } from '../../../shared/commands/zodProblems.ts';
import type {
  CollectionName,
  LanternDatabase,
  LanternDocs,
} from '../../../shared/schema/collections.ts';
import { HybridLogicalClock } from '../../../shared/time/hlc.ts';
import type { Clock } from '../app/clock/ClockContext.tsx';

function collectionOf<K extends CollectionName>(
  database: LanternDatabase,
  name: K,
): RxCollection<LanternDocs[K]> {
  return database.collections[name] as unknown as RxCollection<LanternDocs[K]>;
}

function readsFrom(database: LanternDatabase): CommandReads {
  return {
    async get(name, id) {
      const found = await collectionOf(database, name).findOne(id).exec();
      return found ? (found.toJSON() as never) : undefined;
    },
    async find(name, selector) {
      const found = await collectionOf(database, name).find({ selector }).exec();
      return found.map((doc) => doc.toJSON() as never);
    },
  };
}

/**
 * Runs a command the way the node does (validate, check permission, plan,
 * write everything) against a test's memory database. Real plans, real
 * schemas: only the transport is missing. As on the node, the system actor
 * (default frameworks, schedulers) needs no profile. Time comes from the
 * test's clock, never from the calendar.
 */
export function createCommandRunner(
  database: LanternDatabase,
  wallClock: Clock,
  nodeId = 'node-test',
) {
  const clock = new HybridLogicalClock(nodeId, () => wallClock.now());
  let sequence = 0;
  return async function run<K extends CommandName>(
    name: K,
    input: CommandInput<K>,
    actor: Actor,
  ): Promise<CommandResult<K>> {
    const definition = commands[name];
    const parsed = definition.input.safeParse(input);
    if (!parsed.success) throw invalidInput(zodProblems(parsed.error));
    if (
      definition.permission === 'person' &&
      actor.kind === 'person' &&
      !(await collectionOf(database, 'people').findOne(actor.id).exec())
    ) {
      throw forbidden(
        `No profile "${actor.id}" on this node: pick yourself or create a profile first.`,
      );
    }
    const context: CommandContext = {
      actor,
      nodeId,
      now: new Date(wallClock.now()),
      nextHlc: () => clock.tick(),
      newId: (prefix) => `${prefix}-${wallClock.now().toString(36)}${(sequence += 1).toString(36)}`,
    };
    const outcome = await definition.plan(readsFrom(database), parsed.data as never, context);
    for (const write of outcome.writes) {
      await collectionOf(database, write.collection).upsert(write.document as never);
    }
    return outcome.result as CommandResult<K>;
  };
}
