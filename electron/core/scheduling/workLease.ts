import type { Actor } from '../../../shared/commands/command.ts';
import type { LanternDatabase } from '../../../shared/store/database.ts';
import type { SchedulerLeaseDoc } from '../../../shared/schema/schedulerLease.ts';
import { kindStore } from '../../../shared/store/kindStore.ts';
import {
  DEFAULT_LEASE_TIMING,
  gateAfterSync,
  gateAtRenewal,
  leaseValid,
  nodesToTakeOver,
  renewalDue,
  renewEveryMs,
  RUNNING,
  type LeaseTiming,
  type OwnWorkGate,
} from '../../../shared/scheduling/takeoverRule.ts';
import type { SchedulingStatus } from '../../../shared/sync/syncStatus.ts';
import type { ExecuteCommand } from '../notifications/nodeEvents.ts';
import type { ScheduledJob } from '../scheduler/scheduler.ts';
import type { SchedulerClock } from '../scheduler/schedulerClock.ts';
import { ownersOfScheduledWork } from './workOwnersOnNode.ts';

export const LEASE_ACTOR: Actor = { kind: 'system', id: 'scheduler-lease' };

export interface WorkLeaseOptions {
  database: LanternDatabase;
  execute: ExecuteCommand;
  nodeId: string;
  nodeName: string;
  clock: SchedulerClock;
  log: (message: string) => void;
  /** Peers this node is connected to now (peer sync). */
  connectedPeers: () => string[];
  timing?: LeaseTiming;
}

/**
 * This node's lease on its scheduled work, kept by one timed job: renew it,
 * follow the catching-up gate after a lapse, and take over the work of
 * peers whose leases lapsed (shared/scheduling/takeoverRule.ts). Jobs that
 * run owned work ask `mayRunOwnWork()` before each pass.
 */
export class WorkLease {
  readonly timing: LeaseTiming;
  private readonly options: WorkLeaseOptions;
  private gate: OwnWorkGate = RUNNING;
  private ownLease: SchedulerLeaseDoc | undefined;
  private started = false;

  constructor(options: WorkLeaseOptions) {
    this.options = options;
    this.timing = options.timing ?? DEFAULT_LEASE_TIMING;
  }

  /** Until the first renewal the node does not know whether its work is still its own. */
  mayRunOwnWork(): boolean {
    return (
      this.started &&
      this.gate.state === 'running' &&
      leaseValid(this.ownLease, this.options.clock.now())
    );
  }

  status(): SchedulingStatus {
    return {
      ...this.timing,
      state: this.gate.state,
      ...(this.gate.state === 'catching-up'
        ? { catchingUpSince: new Date(this.gate.since).toISOString() }
        : {}),
    };
  }

  readonly job: ScheduledJob = {
    name: 'scheduler lease',
    wakeOn: ['schedulerLeases'],
    pass: (running) => this.pass(running),
  };

  private async pass(running: () => boolean): Promise<number | undefined> {
    const now = this.options.clock.now();
    const leases = await kindStore(this.options.database).find('schedulerLeases', {});
    const own = leases.find((lease) => lease.nodeId === this.options.nodeId);
    const others = leases.filter((lease) => lease.nodeId !== this.options.nodeId);
    const peerClocks = Object.fromEntries(others.map((lease) => [lease.nodeId, lease.hlc]));
    const connected = this.options.connectedPeers();
    const before: OwnWorkGate['state'] = this.gate.state;
    this.gate = gateAtRenewal(this.gate, this.started ? this.ownLease : own, now, peerClocks);
    this.gate = gateAfterSync(this.gate, now, connected, peerClocks, this.timing);
    // A renewal on opening the gate also wakes the jobs that waited on it.
    const after: OwnWorkGate['state'] = this.gate.state;
    const opened = before === 'catching-up' && after === 'running';
    if (before !== after)
      this.options.log(
        after === 'running'
          ? 'scheduler lease: caught up with peers; running this node’s scheduled work again'
          : 'scheduler lease: lapsed; waiting to hear from peers before running this node’s scheduled work',
      );
    if (opened || renewalDue(own, now, this.timing)) await this.renew();
    else this.ownLease = own;
    this.started = true;
    if (!running()) return undefined;
    await this.takeOver(now, leases, connected);
    const takeovers = others
      .map((lease) => Date.parse(lease.takeoverAt))
      .filter((at) => at > now.getTime());
    return Math.min(now.getTime() + renewEveryMs(this.timing), ...takeovers);
  }

  private async renew(): Promise<void> {
    try {
      const result = (await this.options.execute(
        'renewSchedulerLease',
        { ...this.timing, nodeName: this.options.nodeName },
        LEASE_ACTOR,
      )) as { lease: SchedulerLeaseDoc };
      this.ownLease = result.lease;
    } catch (error) {
      this.options.log(`scheduler lease: could not renew: ${(error as Error).message}`);
    }
  }

  private async takeOver(now: Date, leases: SchedulerLeaseDoc[], connected: string[]) {
    const taken = nodesToTakeOver({
      self: this.options.nodeId,
      now,
      leases,
      connectedPeers: connected,
      owners: await ownersOfScheduledWork(this.options.database),
      selfRunning: this.mayRunOwnWork(),
    });
    for (const fromNodeId of taken) {
      try {
        const result = await this.options.execute(
          'takeOverScheduledWork',
          { fromNodeId },
          LEASE_ACTOR,
        );
        this.options.log(
          `scheduler lease: took over from ${fromNodeId}: ${JSON.stringify(result)}`,
        );
      } catch (error) {
        this.options.log(
          `scheduler lease: could not take over from ${fromNodeId}: ${(error as Error).message}`,
        );
      }
    }
  }
}
