import type { Actor, CommandContext, CommandReads } from '../../../shared/commands/command.ts';
import { forbidden, invalidInput } from '../../../shared/commands/errors.ts';
import {
  commands,
  type CommandInput,
  type CommandName,
  type CommandResult,
} from '../../../shared/commands/registry.ts';
import { zodProblems } from '../../../shared/commands/zodProblems.ts';
import type { LanternDatabase } from '../../../shared/store/database.ts';
import { kindStore } from '../../../shared/store/kindStore.ts';
import { isMutableKind } from '../../../shared/store/kinds.ts';
import { kindProblems } from '../../../shared/store/kindValidation.ts';
import { storeKindWrites, type KindWrite } from '../../../shared/store/kindWrites.ts';
import { stampFieldClocks } from '../../../shared/sync/fieldClocks.ts';
import { mergeRuleFor } from '../../../shared/sync/mergeRules.ts';
import { HybridLogicalClock } from '../../../shared/time/hlc.ts';
import type { Clock } from '../app/clock/ClockContext.tsx';

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
  const store = kindStore(database);
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
      !(await store.get('people', actor.id))
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
    const reads: CommandReads = {
      get: (kind, id) => store.get(kind, id),
      find: (kind, selector) => store.find(kind, { selector }),
    };
    const outcome = await definition.plan(reads, parsed.data as never, context);
    const problems = outcome.writes.flatMap((write) => kindProblems(write.kind, write.document));
    if (problems.length > 0) throw invalidInput(problems);
    const stamp = clock.tick();
    const writes: KindWrite[] = [];
    for (const write of outcome.writes) {
      const document = write.document as Record<string, unknown>;
      if (!isMutableKind(write.kind)) {
        writes.push({ kind: write.kind, document });
        continue;
      }
      const stored = await store.getStored(write.kind, write.document.id);
      const prior = stored ? { ...stored.document, fieldClocks: stored.fieldClocks } : undefined;
      writes.push({
        kind: write.kind,
        document,
        fieldClocks: stampFieldClocks(prior, document, stamp, 'id', mergeRuleFor(write.kind)),
      });
    }
    await storeKindWrites(database, writes);
    return outcome.result as CommandResult<K>;
  };
}
