import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../../shared/commands/command.ts';
import type { HandoffReminder } from '../../../shared/commands/remindHandoff.ts';
import { currentShiftOf } from '../../../shared/handoffs/leadShift.ts';
import { rotationFromDefinition } from '../../../shared/oncall/fromRotationDefinition.ts';
import { whoIsOnCall } from '../../../shared/oncall/index.ts';
import { createLanternDatabase } from '../../../shared/store/database.ts';
import { kindStore } from '../../../shared/store/kindStore.ts';
import { HybridLogicalClock } from '../../../shared/time/hlc.ts';
import { AuditLog } from '../audit/auditLog.ts';
import { CommandExecutor } from '../commands/commandExecutor.ts';
import { RESOURCES_DIR } from '../commands/frameworkNode.testHelpers.ts';
import { getRxStorageSqlite } from '../db/sqlite/index.ts';
import { readDemoOrganisation } from '../demo/demoOrganisation.ts';
import {
  adoptDefaultFrameworks,
  readDefaultFrameworks,
} from '../framework/installDefaultFrameworks.ts';
import { NodeEvents } from '../notifications/nodeEvents.ts';
import { FakeClock } from '../scheduler/escalationScheduler.testHelpers.ts';
import { HandoffReminderScheduler } from './handoffReminderScheduler.ts';

const SYSTEM: Actor = { kind: 'system', id: 'node' };
const T0 = new Date('2026-11-26T10:00:00.000Z');
const MINUTE = 60_000;
const folders: string[] = [];
const keys = generateKeyPairSync('ed25519');

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** The node's core on durable SQLite storage in `dataDir`: executor and reminder scheduler on a fake clock. */
async function openNode(dataDir: string, at: Date, leads: () => boolean = () => true) {
  const clock = new FakeClock(at);
  const database = await createLanternDatabase({
    name: 'lantern',
    storage: getRxStorageSqlite({ dataDir }),
  });
  const hlc = new HybridLogicalClock('node-test', () => clock.now().getTime());
  const audit = new AuditLog(database, 'node-test', keys.privateKey);
  const executor = new CommandExecutor({
    database,
    nodeId: 'node-test',
    clock: hlc,
    audit,
    now: () => clock.now(),
  });
  const execute = (name: string, input: unknown, actor: Actor) =>
    executor.execute(name, input, actor);
  const events = new NodeEvents();
  const reminders: HandoffReminder[] = [];
  events.on('handoffReminder', (reminder) => reminders.push(reminder));
  const scheduler = new HandoffReminderScheduler({ database, execute, events, clock, leads });
  const close = async () => {
    await scheduler.stop();
    await database.close();
  };
  const reminderEntries = async (incidentId: string) =>
    (await database.timeline.find({ selector: { incidentId, kind: 'system' } }).exec()).filter(
      (e) => e.text.startsWith('Handoff reminder'),
    );
  return { clock, database, execute, scheduler, reminders, close, reminderEntries };
}

/** A workspace from the demo organisation and an incident commanded by whoever is on SOC duty at T0. */
async function seed(dataDir: string) {
  const node = await openNode(dataDir, T0);
  const organisation = readDemoOrganisation(RESOURCES_DIR) as object;
  await node.execute('importOrganisation', { ...organisation, demo: true }, SYSTEM);
  await adoptDefaultFrameworks(node.execute, readDefaultFrameworks(RESOURCES_DIR));
  const unit = await kindStore(node.database).get('organisation', 'soc-follow-the-sun');
  if (!unit?.rotation) throw new Error('the demo organisation has no SOC rotation');
  const rotation = rotationFromDefinition({ id: unit.id, name: unit.name, ...unit.rotation });
  const commanderId = whoIsOnCall(rotation, T0)?.personId ?? '';
  const shift = currentShiftOf([rotation], commanderId, T0);
  if (!shift) throw new Error('nobody is on SOC duty at T0');
  const incident = (await node.execute(
    'declareIncident',
    { title: 'Suspicious logins', severity: 'SEV2', commanderId },
    SYSTEM,
  )) as { id: string };
  await node.close();
  return { incidentId: incident.id, commanderId, shiftEndsAt: new Date(shift.endsAt), shift };
}

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lantern-handoff-reminder-'));
  folders.push(dir);
  return dir;
}

describe('the handoff reminder', () => {
  it('fires the set time before the shift ends, drafts the brief, and not again after a restart', async () => {
    const dataDir = tempDir();
    const { incidentId, commanderId, shiftEndsAt, shift } = await seed(dataDir);
    const first = await openNode(dataDir, new Date(shiftEndsAt.getTime() - 31 * MINUTE));
    await first.scheduler.start();
    expect(await first.reminderEntries(incidentId)).toHaveLength(0);
    await first.clock.advance(2 * MINUTE, () => first.scheduler.idle());
    const entries = await first.reminderEntries(incidentId);
    expect(entries).toHaveLength(1);
    expect(entries[0]?.starred).toBe(true);
    expect(entries[0]?.at).toBe(new Date(shiftEndsAt.getTime() - 30 * MINUTE).toISOString());
    expect(first.reminders).toEqual([
      expect.objectContaining({ incidentId, personId: commanderId, shiftEndsAt: shift.endsAt }),
    ]);
    expect(first.reminders[0]?.text).toMatch(
      /^Handoff reminder: .+'s shift on SOC duty lead .+ \(in 30 min\)\. INC-\S+ brief #1 is drafted for .+: review it and submit it\.$/,
    );
    const briefs = await kindStore(first.database).find('handoffs');
    expect(
      briefs.map((b) => [b.status, b.outgoingLeadId, b.incomingLeadId, b.shiftEndsAt]),
    ).toEqual([['draft', commanderId, shift.nextPersonId, shift.endsAt]]);
    // The query the in-app reminder banner runs, on the durable storage.
    const reminded = await kindStore(first.database).find('handoffs', {
      selector: {
        outgoingLeadId: commanderId,
        status: 'draft',
        reminderSentAt: { $exists: true },
      },
    });
    expect(reminded.map((b) => b.id)).toEqual(briefs.map((b) => b.id));
    await first.close();

    const second = await openNode(dataDir, new Date(shiftEndsAt.getTime() - 20 * MINUTE));
    await second.scheduler.start();
    await second.clock.advance(5 * MINUTE, () => second.scheduler.idle());
    expect(await second.reminderEntries(incidentId)).toHaveLength(1);
    expect(second.reminders).toEqual([]);
    expect(await kindStore(second.database).count('handoffs')).toBe(1);
    await second.close();
  });

  it('gives no reminder while a connected peer leads, and gives it once it leads again', async () => {
    const dataDir = tempDir();
    const { incidentId, shiftEndsAt } = await seed(dataDir);
    let leading = false;
    const node = await openNode(
      dataDir,
      new Date(shiftEndsAt.getTime() - 29 * MINUTE),
      () => leading,
    );
    await node.scheduler.start();
    await node.clock.advance(2 * MINUTE, () => node.scheduler.idle());
    expect(await node.reminderEntries(incidentId)).toHaveLength(0);
    expect(await kindStore(node.database).count('handoffs')).toBe(0);
    leading = true;
    await node.clock.advance(2 * MINUTE, () => node.scheduler.idle());
    expect(await node.reminderEntries(incidentId)).toHaveLength(1);
    await node.close();
  });

  it('catches up once when the node was down at the set time', async () => {
    const dataDir = tempDir();
    const { incidentId, shiftEndsAt } = await seed(dataDir);
    const before = await openNode(dataDir, new Date(shiftEndsAt.getTime() - 60 * MINUTE));
    await before.scheduler.start();
    expect(await before.reminderEntries(incidentId)).toHaveLength(0);
    await before.close();

    const late = await openNode(dataDir, new Date(shiftEndsAt.getTime() - 10 * MINUTE));
    await late.scheduler.start();
    expect(late.reminders).toHaveLength(1);
    expect(late.reminders[0]?.text).toContain('(in 10 min)');
    await late.close();

    const again = await openNode(dataDir, new Date(shiftEndsAt.getTime() - 5 * MINUTE));
    await again.scheduler.start();
    expect(again.reminders).toEqual([]);
    expect(await again.reminderEntries(incidentId)).toHaveLength(1);
    await again.close();
  });

  it('takes the set time from the handoff policy', async () => {
    const dataDir = tempDir();
    const { incidentId, shiftEndsAt } = await seed(dataDir);
    const node = await openNode(dataDir, new Date(shiftEndsAt.getTime() - 50 * MINUTE));
    await node.execute(
      'adoptFramework',
      {
        kind: 'handoffPolicy',
        name: 'Handoff policy',
        definition: { version: '2', reminderMinutesBefore: 45 },
      },
      SYSTEM,
    );
    await node.scheduler.start();
    expect(node.reminders).toEqual([]);
    await node.clock.advance(5 * MINUTE, () => node.scheduler.idle());
    expect(node.reminders).toHaveLength(1);
    expect(await node.reminderEntries(incidentId)).toHaveLength(1);
    await node.close();
  });
});
