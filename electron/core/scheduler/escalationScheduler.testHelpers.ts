import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import type { Actor } from '../../../shared/commands/command.ts';
import { createLanternDatabase } from '../../../shared/store/database.ts';
import { HybridLogicalClock } from '../../../shared/time/hlc.ts';
import { AuditLog } from '../audit/auditLog.ts';
import { CommandExecutor } from '../commands/commandExecutor.ts';
import { readDemoOrganisation } from '../demo/demoOrganisation.ts';
import { announcingPages, NodeEvents, type PageEvent } from '../notifications/nodeEvents.ts';
import { nodeChangeFeed } from '../reactions/changeFeed.ts';
import { CheckpointFile } from '../reactions/checkpointFile.ts';
import { CommittedCommands } from '../reactions/committedCommands.ts';
import { ReactionRunner } from '../reactions/reactionRunner.ts';
import { escalationAutoStart } from './escalationAutoStart.ts';
import { escalationJob } from './escalationScheduler.ts';
import { Scheduler } from './scheduler.ts';
import type { SchedulerClock } from './schedulerClock.ts';

/** A clock that moves only when a test says so, firing due timers in order. */
export class FakeClock implements SchedulerClock {
  private current: number;
  private readonly timers = new Map<number, { at: number; callback: () => void }>();
  private nextId = 1;

  constructor(start: Date) {
    this.current = start.getTime();
  }

  now(): Date {
    return new Date(this.current);
  }

  setTimer(callback: () => void, delayMs: number): unknown {
    const id = this.nextId++;
    this.timers.set(id, { at: this.current + delayMs, callback });
    return id;
  }

  clearTimer(handle: unknown): void {
    this.timers.delete(handle as number);
  }

  get pendingTimers(): number {
    return this.timers.size;
  }

  /** Move time forward by `ms`, firing each due timer and letting `settle` finish its work before the next. */
  async advance(ms: number, settle: () => Promise<void>): Promise<void> {
    const target = this.current + ms;
    for (;;) {
      const next = [...this.timers.entries()]
        .filter(([, t]) => t.at <= target)
        .sort(([, a], [, b]) => a.at - b.at)[0];
      if (!next) break;
      this.timers.delete(next[0]);
      this.current = Math.max(this.current, next[1].at);
      next[1].callback();
      await settle();
    }
    this.current = target;
    await settle();
  }
}

export const T0 = new Date('2026-11-26T10:00:00.000Z');
export const MINUTE = 60_000;
const NODE_ACTOR: Actor = { kind: 'system', id: 'node' };

/** A short policy over the demo organisation: payments on-call, then Maya Okafor; one repeat. */
export const testPolicy = {
  id: 'test-payments',
  name: 'Test payments policy',
  serviceIds: ['payments-gateway'],
  severities: ['SEV1', 'SEV2'],
  levels: [
    { targets: [{ kind: 'rotation', rotationId: 'payments-primary' }], ackTimeoutMinutes: 5 },
    { targets: [{ kind: 'person', personId: 'maya-okafor' }], ackTimeoutMinutes: 10 },
  ],
  repeat: 1,
};

/**
 * A node core in memory: executor (on the fake clock), scheduler, auto-start
 * and page events, over the demo organisation with `policies` adopted.
 */
export async function createEscalationTestNode(policies: object[] = [testPolicy]) {
  const clock = new FakeClock(T0);
  const database = await createLanternDatabase({
    name: `esc${Math.random().toString(36).slice(2)}`,
    storage: getRxStorageMemory(),
  });
  const keys = generateKeyPairSync('ed25519');
  const audit = new AuditLog(database, 'node-test', keys.privateKey);
  const hlc = new HybridLogicalClock('node-test', () => clock.now().getTime());
  const events = new NodeEvents();
  const pages: PageEvent[] = [];
  events.on('page', (page) => pages.push(page));
  const execute = announcingPages(
    (name, input, actor) => executor.execute(name, input, actor),
    events,
  );
  const committed = new CommittedCommands();
  const changes = nodeChangeFeed(committed, database);
  const executor = new CommandExecutor({
    database,
    nodeId: 'node-test',
    clock: hlc,
    audit,
    now: () => clock.now(),
    onCommitted: committed.publish,
  });
  const checkpointDir = mkdtempSync(join(tmpdir(), 'lantern-reactions-'));
  const autoStart = new ReactionRunner({
    reactions: [escalationAutoStart],
    checkpoints: new CheckpointFile(checkpointDir),
    context: { database, execute, nodeId: 'node-test', clock, log: () => undefined },
  });
  committed.subscribe(autoStart.offer);
  const organisation = readDemoOrganisation(
    new URL('../../../resources', import.meta.url).pathname,
  ) as object;
  await execute('importOrganisation', { ...organisation, demo: true }, NODE_ACTOR);
  for (const policy of policies) {
    const name = (policy as { name: string }).name;
    await execute(
      'adoptFramework',
      { kind: 'escalationPolicy', name, definition: policy },
      NODE_ACTOR,
    );
  }
  /** An escalation scheduler on this node's clock and changes (`nodeId` absent: runs every escalation). */
  const newScheduler = (nodeId?: string) =>
    new Scheduler(escalationJob({ database, execute, clock, ...(nodeId ? { nodeId } : {}) }), {
      changes,
      clock,
    });
  const scheduler = newScheduler();
  const settle = async () => {
    await autoStart.idle();
    await scheduler.idle();
    await autoStart.idle();
  };
  return {
    clock,
    database,
    execute,
    events,
    pages,
    scheduler,
    newScheduler,
    autoStart,
    settle,
    audit,
    checkpointDir,
    changes,
  };
}

export type EscalationTestNode = Awaited<ReturnType<typeof createEscalationTestNode>>;

/** Escalation timeline entries of an incident, as "HH:MM text", in clock order. */
export async function escalationTimeline(node: EscalationTestNode, incidentId: string) {
  const entries = await node.database.timeline
    .find({
      selector: { incidentId, kind: 'escalation' },
      sort: [{ incidentId: 'asc' }, { hlc: 'asc' }],
    })
    .exec();
  return entries.map((e) => `${e.at.slice(11, 16)} ${e.text}`);
}
