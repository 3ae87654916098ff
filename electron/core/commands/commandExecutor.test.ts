import { describe, expect, it } from 'vitest';
import { CommandError } from '../../../shared/commands/errors.ts';
import { kindStore } from '../../../shared/store/kindStore.ts';
import { verifyAuditChain } from '../audit/auditRecord.ts';
import { createTestExecutor } from './testNode.testHelpers.ts';

async function setup() {
  const test = await createTestExecutor();
  const { person } = await test.executor.execute(
    'createWorkspace',
    { workspaceName: 'Northwind', displayName: 'Ada Commander' },
    { kind: 'system', id: 'first-run' },
  );
  return { ...test, actor: { kind: 'person' as const, id: person.id } };
}

describe('command executor', () => {
  it('declares an incident with a starred timeline entry and an audit entry', async () => {
    const { executor, actor, database: db } = await setup();
    const incident = await executor.execute(
      'declareIncident',
      { title: 'Payments down', severity: 'SEV1' },
      actor,
    );
    expect(incident).toMatchObject({
      title: 'Payments down',
      severity: 'SEV1',
      status: 'declared',
      declaredBy: actor.id,
    });
    const timeline = await db.timeline.find({ selector: { incidentId: incident.id } }).exec();
    expect(timeline.map((e) => e.text)).toEqual([
      'Incident declared at SEV1 (Critical): Payments down',
    ]);
    const audit = await db.audit.find().exec();
    expect(audit.map((a) => a.command)).toEqual(['createWorkspace', 'declareIncident']);
  });

  it('rejects bad input with the field and the reason, and writes nothing', async () => {
    const { executor, actor, database: db } = await setup();
    const before = await db.audit.count().exec();
    const failure = await executor
      .execute('declareIncident', { title: '', severity: 'SEV9' }, actor)
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(CommandError);
    expect((failure as CommandError).code).toBe('invalid-input');
    expect((failure as CommandError).problems.map((p) => p.field).sort()).toEqual([
      'severity',
      'title',
    ]);
    expect(await db.incidents.count().exec()).toBe(0);
    expect(await db.audit.count().exec()).toBe(before);
  });

  it('refuses unknown commands, unknown people and unexpected fields', async () => {
    const { executor, actor } = await setup();
    await expect(executor.execute('dropDatabase', {}, actor)).rejects.toMatchObject({
      code: 'unknown-command',
    });
    await expect(
      executor.execute(
        'declareIncident',
        { title: 'x', severity: 'SEV2' },
        { kind: 'person', id: 'ghost' },
      ),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(
      executor.execute('declareIncident', { title: 'x', severity: 'SEV2', admin: true }, actor),
    ).rejects.toMatchObject({
      code: 'invalid-input',
      problems: [{ field: '', reason: 'unexpected field(s): admin' }],
    });
  });

  it('refuses a timeline entry for an incident that does not exist', async () => {
    const { executor, actor } = await setup();
    await expect(
      executor.execute('addTimelineEntry', { incidentId: 'inc-nope', text: 'hello' }, actor),
    ).rejects.toMatchObject({ code: 'not-found' });
  });

  it('keeps a hash chain that verifies and detects tampering', async () => {
    const { executor, actor, audit, publicKey } = await setup();
    const incident = await executor.execute(
      'declareIncident',
      { title: 'Disk full', severity: 'SEV3' },
      actor,
    );
    await executor.execute(
      'addTimelineEntry',
      { incidentId: incident.id, text: 'Cleared logs' },
      actor,
    );
    const entries = await audit.entries();
    expect(verifyAuditChain(entries, publicKey, true)).toEqual({ ok: true, checked: 3 });
    const tampered = entries.map((e, i) => (i === 1 ? { ...e, actorId: 'person:mallory' } : e));
    expect(verifyAuditChain(tampered, publicKey, true)).toMatchObject({
      ok: false,
      failure: { seq: 2, reason: 'content does not match its hash' },
    });
  });

  it('runs concurrent commands one at a time so the chain has no gaps', async () => {
    const { executor, actor, audit, publicKey } = await setup();
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        executor.execute('declareIncident', { title: `Alert storm ${i}`, severity: 'SEV4' }, actor),
      ),
    );
    const entries = await audit.entries();
    expect(entries.map((e) => e.seq)).toEqual(Array.from({ length: 11 }, (_, i) => i + 1));
    expect(verifyAuditChain(entries, publicKey, true).ok).toBe(true);
  });
});

describe('importing an organisation', () => {
  it('stores the demo organisation as people, organisation units and playbooks', async () => {
    const { readDemoOrganisation } = await import('../demo/demoOrganisation.ts');
    const test = await createTestExecutor();
    const organisation = readDemoOrganisation(
      new URL('../../../resources', import.meta.url).pathname,
    ) as object;
    await test.executor.execute(
      'importOrganisation',
      { ...organisation, demo: true },
      { kind: 'system', id: 'node' },
    );
    const store = kindStore(test.database);
    const kinds = (await store.find('organisation')).map((u) => u.kind);
    expect(new Set(kinds)).toEqual(new Set(['team', 'service', 'rotation']));
    const playbooks = await store.find('frameworks', { selector: { kind: 'playbook' } });
    expect(playbooks.length).toBeGreaterThanOrEqual(6);
    expect(await store.count('people')).toBeGreaterThan(20);
    await expect(
      test.executor.execute(
        'importOrganisation',
        { ...organisation },
        { kind: 'system', id: 'node' },
      ),
    ).rejects.toMatchObject({ code: 'conflict' });
  });
});
