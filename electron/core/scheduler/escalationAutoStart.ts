import type { Actor, CommandReads } from '../../../shared/commands/command.ts';
import { escalationDirectory } from '../../../shared/commands/advanceEscalation.ts';
import {
  policyForIncident,
  storedEscalationPolicies,
} from '../../../shared/commands/startEscalation.ts';
import { ACTIVE_STATUSES, type IncidentStatus } from '../../../shared/domain/incident.ts';
import type { EscalationPolicy } from '../../../shared/escalation/policySchema.ts';
import type { LanternDatabase } from '../../../shared/store/database.ts';
import type { IncidentDoc } from '../../../shared/schema/incident.ts';
import { databaseReads } from '../commands/databaseReads.ts';
import type { ExecuteCommand } from '../notifications/nodeEvents.ts';
import { systemClock, type SchedulerClock } from './schedulerClock.ts';

export const AUTO_START_ACTOR: Actor = { kind: 'system', id: 'escalation-auto-start' };
/** After a crash, declarations this recent that never got their escalation still get one. */
export const CATCH_UP_MS = 15 * 60_000;
const RECENT_AUDIT_ENTRIES = 200;
/** Commands after which an incident may newly need an escalation (declared, or raised in severity). */
export const AUTO_START_COMMANDS: readonly string[] = ['declareIncident', 'reclassifyIncident'];
/** After these, an incident that is over stops paging at once rather than at its next due step. */
export const STOP_COMMANDS: readonly string[] = ['changeIncidentStatus'];
const FOLLOWED_COMMANDS = [...AUTO_START_COMMANDS, ...STOP_COMMANDS];

export interface EscalationAutoStartOptions {
  database: LanternDatabase;
  execute: ExecuteCommand;
  /** This node's id: only declarations made here start escalations here (peers run their own). */
  nodeId: string;
  clock?: SchedulerClock;
  log?: (message: string) => void;
}

/** Does any level reach a person this workspace knows? A policy that reaches nobody is not started. */
async function reachesSomebody(
  reads: CommandReads,
  incident: IncidentDoc,
  policy: EscalationPolicy,
  at: Date,
): Promise<boolean> {
  const directory = await escalationDirectory(reads, incident);
  for (const target of policy.levels.flatMap((level) => level.targets)) {
    for (const personId of directory.resolve(target, at))
      if (await reads.get('people', personId)) return true;
  }
  return false;
}

/**
 * Starts an escalation when an incident is declared (or reclassified) on
 * this node and its matching policy says so (the policy's severities and
 * services decide; exercises never page), and stops paging as soon as an
 * incident is resolved or closed. Driven by the executor's `onExecuted` hook; the
 * declared incident's id is read from this node's audit chain, which also
 * lets a restart catch up on a declaration made just before a crash.
 */
export function escalationAutoStarter(options: EscalationAutoStartOptions) {
  const clock = options.clock ?? systemClock;
  const log = options.log ?? (() => undefined);
  const reads = databaseReads(options.database);
  let cursor = 0;
  let work: Promise<void> = Promise.resolve();

  async function consider(incidentId: string): Promise<void> {
    const incident = await reads.get('incidents', incidentId);
    if (!incident || incident.exercise) return;
    if (!ACTIVE_STATUSES.includes(incident.status as IncidentStatus)) return;
    if ((await reads.find('escalations', { incidentId })).length > 0) return;
    const policies = (await storedEscalationPolicies(reads)).map((s) => s.policy);
    const policy = policyForIncident(policies, incident);
    if (!policy) return;
    if (!(await reachesSomebody(reads, incident, policy, clock.now()))) {
      log(`escalation policy "${policy.name}" reaches nobody in this workspace; not started`);
      return;
    }
    await options.execute('startEscalation', { incidentId, policyId: policy.id }, AUTO_START_ACTOR);
  }

  /** The incident is over: advanceEscalation sees that and stops its active escalations. */
  async function stopIfOver(incidentId: string): Promise<void> {
    const incident = await reads.get('incidents', incidentId);
    if (!incident || ACTIVE_STATUSES.includes(incident.status as IncidentStatus)) return;
    for (const escalation of await reads.find('escalations', { incidentId, status: 'active' }))
      await options.execute('advanceEscalation', { escalationId: escalation.id }, AUTO_START_ACTOR);
  }

  async function declaredSince(afterSeq: number, limit: number) {
    const entries = await options.database.audit
      .find({
        selector: { nodeId: options.nodeId, seq: { $gt: afterSeq } },
        sort: [{ nodeId: 'asc' }, { seq: 'asc' }],
        limit,
      })
      .exec();
    cursor = Math.max(cursor, ...entries.map((e) => e.seq));
    return entries.filter((e) => FOLLOWED_COMMANDS.includes(e.command));
  }

  async function followUp(
    entries: { at: string; command: string; documentIds: string[] }[],
  ): Promise<void> {
    const since = clock.now().getTime() - CATCH_UP_MS;
    for (const entry of entries) {
      const incidentId = entry.documentIds
        .find((id) => id.startsWith('incidents/'))
        ?.slice('incidents/'.length);
      if (!incidentId || Date.parse(entry.at) < since) continue;
      const job = STOP_COMMANDS.includes(entry.command) ? stopIfOver : consider;
      await job(incidentId).catch((error: unknown) =>
        log(`escalation follow-up of ${incidentId}: ${(error as Error).message}`),
      );
    }
  }

  const enqueue = (job: () => Promise<void>) => {
    work = work
      .then(job)
      .catch((error: unknown) => log(`escalation auto-start: ${(error as Error).message}`));
    return work;
  };

  let started = false;
  return {
    /** Catch up on recent declarations that never got their escalation (e.g. a crash in between). */
    start(): Promise<void> {
      started = true;
      return enqueue(async () => {
        const last = await options.database.audit
          .findOne({
            selector: { nodeId: options.nodeId },
            sort: [{ nodeId: 'desc' }, { seq: 'desc' }],
          })
          .exec();
        const from = Math.max(0, (last?.seq ?? 0) - RECENT_AUDIT_ENTRIES);
        await followUp(await declaredSince(from, RECENT_AUDIT_ENTRIES));
      });
    },
    /** The executor's onExecuted hook. */
    onExecuted(name: string): void {
      if (started && FOLLOWED_COMMANDS.includes(name))
        void enqueue(async () => followUp(await declaredSince(cursor, 1000)));
    },
    /** Resolves when queued work is done (tests and shutdown). */
    async idle(): Promise<void> {
      let seen: Promise<void> | undefined;
      while (seen !== work) {
        seen = work;
        await seen;
      }
    },
  };
}

export type EscalationAutoStarter = ReturnType<typeof escalationAutoStarter>;
