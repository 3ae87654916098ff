import { describe, expect, it } from 'vitest';
import type { HandoffDoc } from '../../../shared/schema/handoff.ts';
import { kindStore } from '../../../shared/store/kindStore.ts';
import { createFrameworkTestNode } from '../commands/frameworkNode.testHelpers.ts';

/** Ada commands a SEV2 on payments; Dana takes the next shift; Sam is the Operations Lead. */
async function setup() {
  const node = await createFrameworkTestNode();
  const incident = await node.run('declareIncident', {
    title: 'Card payments failing',
    severity: 'SEV2',
    summary: 'Authorisations time out',
  });
  await node.run('assignRole', {
    incidentId: incident.id,
    role: 'operations',
    personId: node.ids.sam,
  });
  await node.run('addTimelineEntry', { incidentId: incident.id, text: 'Rolled back release 42' });
  const commanderOf = async () =>
    (await node.database.incidents.findOne(incident.id).exec())?.roles
      ?.filter((r) => r.role === 'incident-commander')
      .map((r) => r.personId);
  const brief = async (id: string) =>
    (await kindStore(node.database).get('handoffs', id)) as HandoffDoc;
  return { ...node, incident, commanderOf, brief };
}

describe('a handover through the executor', () => {
  it('drafts, edits, submits and acknowledges; command passes to the incoming lead', async () => {
    const { run, ids, incident, timeline, commanderOf, brief, clock } = await setup();
    const draft = await run('draftHandoffBrief', {
      incidentId: incident.id,
      incomingLeadId: ids.dana,
    });
    expect(draft).toMatchObject({
      number: 1,
      status: 'draft',
      outgoingLeadId: ids.ada,
      incomingLeadId: ids.dana,
      changes: ['First brief for this incident'],
    });
    expect(draft.actions.map((a) => a.text)).toContain('Rolled back release 42');
    expect(draft.organisation.map((o) => `${o.roleLabel}: ${o.name}`)).toEqual([
      'Incident Commander: Ada Commander',
      'Operations Lead: Sam Okoro',
    ]);

    await run('saveHandoffBrief', {
      briefId: draft.id,
      note: 'Acquirer B is slow at night',
      risks: [{ text: 'Acquirer B rate-limits at 200 tps' }],
    });
    expect(await brief(draft.id)).toMatchObject({
      note: 'Acquirer B is slow at night',
      risks: [{ text: 'Acquirer B rate-limits at 200 tps', isNew: true }],
      situation: draft.situation,
    });

    clock.now = new Date('2026-11-26T10:20:00Z');
    await run('submitHandoffBrief', { briefId: draft.id });
    clock.now = new Date('2026-11-26T10:25:00Z');
    const done = await run(
      'acknowledgeHandoffBrief',
      { briefId: draft.id, questions: 'Who calls the acquirer?' },
      'dana',
    );
    expect(done).toMatchObject({
      status: 'acknowledged',
      submittedAt: '2026-11-26T10:20:00.000Z',
      acknowledgedAt: '2026-11-26T10:25:00.000Z',
      questions: 'Who calls the acquirer?',
    });
    expect(await commanderOf()).toEqual([ids.dana]);
    expect((await timeline(incident.id)).slice(-2)).toEqual([
      {
        kind: 'role-change',
        starred: false,
        text: `Handoff ${incident.reference} brief #1 submitted by Ada Commander for Dana Ruiz; command passes when they acknowledge it.`,
      },
      {
        kind: 'role-change',
        starred: true,
        text:
          `Handoff ${incident.reference} brief #1 acknowledged by Dana Ruiz. Command transferred: ` +
          'Ada Commander → Dana Ruiz, on the submitted brief. Questions: Who calls the acquirer?',
      },
    ]);
  });

  it('drafts the next brief from what happened since, marking what changed', async () => {
    const { run, ids, incident, clock } = await setup();
    const first = await run('draftHandoffBrief', {
      incidentId: incident.id,
      incomingLeadId: ids.dana,
    });
    await run('saveHandoffBrief', {
      briefId: first.id,
      risks: [{ text: 'Acquirer B is fragile' }],
    });
    await run('submitHandoffBrief', { briefId: first.id });
    clock.now = new Date('2026-11-26T11:00:00Z');
    await run('acknowledgeHandoffBrief', { briefId: first.id }, 'dana');
    clock.now = new Date('2026-11-26T12:00:00Z');
    await run(
      'addTimelineEntry',
      { incidentId: incident.id, text: 'Failed over to acquirer B' },
      'dana',
    );
    const second = await run(
      'draftHandoffBrief',
      { incidentId: incident.id, incomingLeadId: ids.ada },
      'dana',
    );
    expect(second).toMatchObject({
      number: 2,
      previousBriefId: first.id,
      coversFrom: '2026-11-26T11:00:00.000Z',
    });
    expect(second.actions).toEqual([
      {
        text: 'Failed over to acquirer B',
        at: '2026-11-26T12:00:00.000Z',
        drafted: true,
        isNew: true,
      },
    ]);
    expect(second.risks).toContainEqual({
      text: 'Acquirer B is fragile',
      isNew: false,
      drafted: false,
    });
    expect(second.changes).toEqual([
      'Incident Commander: Dana Ruiz now holds the role',
      'Incident Commander: Ada Commander no longer holds the role',
      '1 timeline entry since the last brief',
    ]);
  });
});

describe('who may do what, and when', () => {
  it('lets only the commander draft, and only one open brief at a time', async () => {
    const { run, refusal, ids, incident } = await setup();
    expect(
      await refusal(
        run('draftHandoffBrief', { incidentId: incident.id, incomingLeadId: ids.ada }, 'dana'),
      ),
    ).toMatchObject({
      code: 'forbidden',
      message: `Only the Incident Commander of ${incident.reference} (Ada Commander) may draft its handoff brief: the outgoing lead is whoever holds command`,
    });
    await run('draftHandoffBrief', { incidentId: incident.id, incomingLeadId: ids.dana });
    expect(await refusal(run('draftHandoffBrief', { incidentId: incident.id }))).toMatchObject({
      code: 'conflict',
      message: `${incident.reference} brief #1 is already drafted: edit or submit it, or withdraw it before drafting another`,
    });
  });

  it('lets only the outgoing lead edit, submit and withdraw, and only the incoming lead acknowledge', async () => {
    const { run, refusal, ids, incident, database } = await setup();
    const draft = await run('draftHandoffBrief', {
      incidentId: incident.id,
      incomingLeadId: ids.dana,
    });
    const ref = `${incident.reference} brief #1`;
    expect(
      await refusal(run('saveHandoffBrief', { briefId: draft.id, note: 'x' }, 'dana')),
    ).toMatchObject({
      code: 'forbidden',
      message: `Only the outgoing lead (Ada Commander) may edit ${ref}`,
    });
    expect(await refusal(run('submitHandoffBrief', { briefId: draft.id }, 'sam'))).toMatchObject({
      code: 'forbidden',
    });
    expect(
      await refusal(run('acknowledgeHandoffBrief', { briefId: draft.id }, 'dana')),
    ).toMatchObject({
      code: 'conflict',
      message: `Cannot acknowledge brief ${ref}: it is still a draft: the outgoing lead submits it first`,
    });
    await run('submitHandoffBrief', { briefId: draft.id });
    expect(
      await refusal(run('saveHandoffBrief', { briefId: draft.id, note: 'late' })),
    ).toMatchObject({
      code: 'conflict',
    });
    expect(
      await refusal(run('acknowledgeHandoffBrief', { briefId: draft.id }, 'sam')),
    ).toMatchObject({
      code: 'forbidden',
      message: `Only the incoming lead (Dana Ruiz) may acknowledge ${ref}`,
    });
    expect((await kindStore(database).get('handoffs', draft.id))?.status).toBe('submitted');
    expect(
      await refusal(run('saveHandoffBrief', { briefId: draft.id, objectives: [{ text: '' }] })),
    ).toMatchObject({ code: 'invalid-input', problems: [{ field: 'objectives.0.text' }] });
  });

  it('withdraws a submitted brief onto the timeline; command stays; an acknowledged one cannot be', async () => {
    const { run, refusal, ids, incident, timeline, commanderOf } = await setup();
    const draft = await run('draftHandoffBrief', {
      incidentId: incident.id,
      incomingLeadId: ids.dana,
    });
    await run('submitHandoffBrief', { briefId: draft.id });
    const withdrawn = await run('withdrawHandoffBrief', {
      briefId: draft.id,
      reason: 'Shift extended',
    });
    expect(withdrawn).toMatchObject({ status: 'withdrawn', withdrawnReason: 'Shift extended' });
    expect((await timeline(incident.id)).at(-1)?.text).toBe(
      `Handoff ${incident.reference} brief #1 withdrawn by Ada Commander; command stays with them. Reason: Shift extended`,
    );
    expect(await commanderOf()).toEqual([ids.ada]);
    const next = await run('draftHandoffBrief', {
      incidentId: incident.id,
      incomingLeadId: ids.dana,
    });
    expect(next.number).toBe(2);
    await run('submitHandoffBrief', { briefId: next.id });
    await run('acknowledgeHandoffBrief', { briefId: next.id }, 'dana');
    expect(await refusal(run('withdrawHandoffBrief', { briefId: next.id }))).toMatchObject({
      code: 'conflict',
    });
  });

  it('refuses to pass command on a brief whose outgoing lead no longer commands', async () => {
    const { run, refusal, ids, incident, commanderOf } = await setup();
    const draft = await run('draftHandoffBrief', {
      incidentId: incident.id,
      incomingLeadId: ids.dana,
    });
    await run('submitHandoffBrief', { briefId: draft.id });
    await run('transferCommand', { incidentId: incident.id, toPersonId: ids.lee });
    expect(
      await refusal(run('acknowledgeHandoffBrief', { briefId: draft.id }, 'dana')),
    ).toMatchObject({
      code: 'conflict',
      message: `${incident.reference} brief #1 is out of date: Ada Commander no longer commands ${incident.reference}; the outgoing lead withdraws it and the commander drafts a new one`,
    });
    expect(await commanderOf()).toEqual([ids.lee]);
  });

  it('refuses an incoming lead who is marked away until they are back', async () => {
    const { run, refusal, ids, incident, commanderOf } = await setup();
    const draft = await run('draftHandoffBrief', {
      incidentId: incident.id,
      incomingLeadId: ids.dana,
    });
    await run('submitHandoffBrief', { briefId: draft.id });
    await run('setAvailability', { personId: ids.dana, status: 'away' }, 'dana');
    expect(
      await refusal(run('acknowledgeHandoffBrief', { briefId: draft.id }, 'dana')),
    ).toMatchObject({
      code: 'conflict',
      message: 'You are marked away: set yourself available before you take command',
    });
    await run('setAvailability', { personId: ids.dana, status: 'available' }, 'dana');
    await run('acknowledgeHandoffBrief', { briefId: draft.id }, 'dana');
    expect(await commanderOf()).toEqual([ids.dana]);
  });

  it('refuses submitting without an incoming lead, and reminders from anyone but the node', async () => {
    const { run, refusal, incident, ids } = await setup();
    const draft = await run('draftHandoffBrief', { incidentId: incident.id });
    expect(draft.incomingLeadId).toBe('');
    expect(await refusal(run('submitHandoffBrief', { briefId: draft.id }))).toMatchObject({
      code: 'invalid-input',
      problems: [{ field: 'incomingLeadId', reason: 'choose the incoming lead before submitting' }],
    });
    expect(
      await refusal(
        run('remindHandoff', {
          incidentId: incident.id,
          outgoingLeadId: ids.ada,
          shiftEndsAt: '2026-11-26T21:00:00.000Z',
        }),
      ),
    ).toMatchObject({ code: 'forbidden' });
  });
});
