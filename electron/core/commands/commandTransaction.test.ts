import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../shared/commands/command.ts';
import type { KindWrite } from '../../../shared/store/kindWrites.ts';
import { verifyAuditedDocuments } from '../audit/auditedDocuments.ts';
import { verifyAuditChain } from '../audit/auditRecord.ts';
import type { WriteStep } from './commandExecutor.ts';
import { CommandStore } from './commandStore.ts';
import { createDurableTestExecutor } from './testNode.testHelpers.ts';

/** One transaction per command on the durable storage, and group commit of concurrent commands. */
async function setup(onWriteStep?: (step: WriteStep) => void) {
  const test = await createDurableTestExecutor(onWriteStep);
  const { person } = await test.executor.execute(
    'createWorkspace',
    { workspaceName: 'Northwind', displayName: 'Ada Commander' },
    { kind: 'system', id: 'first-run' },
  );
  const actor: Actor = { kind: 'person', id: person.id };
  const incident = await test.executor.execute(
    'declareIncident',
    { title: 'VPN down', severity: 'SEV3' },
    actor,
  );
  const store = new CommandStore(test.database);
  const lookup = (kind: string, id: string) => store.storedContent(kind, id);
  return { ...test, actor, incident, lookup };
}

describe('one transaction per command', () => {
  it('stores neither the documents nor the audit entry of a command that fails between them', async () => {
    let failNext = false;
    const { executor, actor, incident, database, audit, publicKey } = await setup((step) => {
      if (step === 'documents-written' && failNext) {
        failNext = false;
        throw new Error('disk vanished between the documents and the audit entry');
      }
    });
    failNext = true;
    await expect(
      executor.execute('addTimelineEntry', { incidentId: incident.id, text: 'lost' }, actor),
    ).rejects.toThrow('disk vanished');
    await executor.execute('addTimelineEntry', { incidentId: incident.id, text: 'kept' }, actor);
    const texts = (await database.timeline.find({ selector: { incidentId: incident.id } }).exec())
      .map((entry) => entry.text)
      .slice(1);
    expect(texts).toEqual(['kept']);
    // The chain did not advance for the rolled-back command: no gap, no fork.
    const entries = await audit.entries();
    expect(entries.map((entry) => entry.seq)).toEqual([1, 2, 3]);
    expect(verifyAuditChain(entries, publicKey, true).ok).toBe(true);
  });

  it('records the hash of every written document and finds an edited one', async () => {
    const { executor, actor, incident, database, audit, lookup } = await setup();
    await executor.execute('addTimelineEntry', { incidentId: incident.id, text: 'note' }, actor);
    const entries = await audit.entries();
    const last = entries.at(-1);
    expect(Object.keys(last?.documentHashes ?? {})).toEqual(last?.documentIds);
    expect(Object.values(last?.documentHashes ?? {})[0]).toMatch(/^[0-9a-f]{64}$/);
    expect(await verifyAuditedDocuments(entries, lookup)).toEqual([]);

    // Someone edits the stored incident behind the executor's back.
    const stored = await database.incidents.findOne(incident.id).exec();
    await stored?.incrementalPatch({ title: 'Nothing happened' });
    expect(await verifyAuditedDocuments(entries, lookup)).toEqual([
      {
        seq: 2,
        document: `incidents/${incident.id}`,
        reason: 'content differs from its recorded hash',
      },
    ]);
  });
});

describe('command store', () => {
  it('refuses to write an append-only document a second time', async () => {
    const { database, incident } = await setup();
    const store = new CommandStore(database);
    const [entry] = await store.find('timeline', { selector: { incidentId: incident.id } });
    const again = { kind: 'timeline', document: entry } as KindWrite;
    await expect(store.write([again], new Map())).rejects.toMatchObject({
      code: 'conflict',
      message: `timeline entries are append-only; "${String(entry?.id)}" exists`,
    });
  });
});

describe('group commit', () => {
  it('plans concurrent commands in order, each on what the previous one wrote', async () => {
    const steps: WriteStep[] = [];
    const { executor, actor, incident, database } = await setup((step) => steps.push(step));
    steps.length = 0;
    const move = (status: string) =>
      executor.execute(
        'changeIncidentStatus',
        { incidentId: incident.id, status, resolutionSummary: 'Restarted the stuck workers' },
        actor,
      );
    await Promise.all([move('investigating'), move('mitigated'), move('resolved')]);
    const texts = (await database.timeline.find({ selector: { incidentId: incident.id } }).exec())
      .map((entry) => entry.text)
      .slice(1);
    expect(texts).toEqual([
      'Status declared → investigating — by Ada Commander',
      'Status investigating → mitigated — by Ada Commander',
      'Status mitigated → resolved — by Ada Commander: Resolution: Restarted the stuck workers',
    ]);
    // All three in one transaction: one COMMIT.
    expect(steps.filter((step) => step === 'after-commit')).toHaveLength(1);
  });

  it('rolls back a failing command alone and keeps the chain without gaps', async () => {
    const { executor, actor, incident, audit, publicKey, lookup } = await setup();
    const add = (text: string, incidentId = incident.id) =>
      executor.execute('addTimelineEntry', { incidentId, text }, actor);
    const outcomes = await Promise.allSettled([
      add('first'),
      add('nowhere', 'inc-missing'),
      add('third'),
      add(''),
      add('fifth'),
    ]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual([
      'fulfilled',
      'rejected',
      'fulfilled',
      'rejected',
      'fulfilled',
    ]);
    const entries = await audit.entries();
    expect(entries.map((entry) => entry.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(verifyAuditChain(entries, publicKey, true).ok).toBe(true);
    expect(await verifyAuditedDocuments(entries, lookup)).toEqual([]);
  });

  it('answers callers only after the COMMIT', async () => {
    const steps: string[] = [];
    const { executor, actor, incident } = await setup((step) => steps.push(step));
    steps.length = 0;
    await Promise.all(
      ['a', 'b'].map((text) =>
        executor
          .execute('addTimelineEntry', { incidentId: incident.id, text }, actor)
          .then(() => steps.push(`answered ${text}`)),
      ),
    );
    expect(steps.indexOf('answered a')).toBeGreaterThan(steps.indexOf('after-commit'));
    expect(steps.filter((step) => step === 'after-commit')).toHaveLength(1);
  });
});
