import { describe, expect, it } from 'vitest';
import { kindStore } from '../../../shared/store/kindStore.ts';
import { createCommsTestNode } from './communications.testHelpers.ts';

const system = { kind: 'system' as const, id: 'outbox' };
/** The value, or a failed test saying it was missing. */
function must<T>(value: T | undefined | null): T {
  if (value === undefined || value === null) throw new Error('expected a value');
  return value;
}

describe('drafting and sending internal updates', () => {
  it('fills the executive template from the incident and sends it without approval', async () => {
    const node = await createCommsTestNode();
    const draft = await node.run(
      'draftCommunication',
      { incidentId: node.incident.id, audienceId: 'executives' },
      'dana',
    );
    expect(draft.subject).toBe(
      `[SEV1 Critical] ${node.incident.reference} Claims portal down — executive update`,
    );
    expect(draft.body).toContain('Logins fail since the 09:40 release; rolling back.');
    expect(draft.approval?.status).toBe('not-required');
    expect(draft.recipients?.map((r) => r.channel)).toEqual(['email', 'sms']);
    const sent = await node.run('sendCommunication', { messageId: draft.id }, 'dana');
    expect(sent.senderNodeId).toBe('node-test');
    expect(sent.deliveries?.map((d) => [d.channel, d.state])).toEqual([
      ['email', 'queued'],
      ['sms', 'queued'],
    ]);
    expect(await node.log()).toEqual(expect.arrayContaining(['drafted', 'sent']));
    const texts = (await node.timeline(node.incident.id)).map((e) => e.text);
    expect(
      texts.some((t) => t.startsWith('Communications: Dana Ruiz sent Executives update')),
    ).toBe(true);
    expect((await node.refusal(node.run('sendCommunication', { messageId: draft.id }))).code).toBe(
      'conflict',
    );
  });

  it('refuses an unknown audience and a template with a typo, changing nothing', async () => {
    const node = await createCommsTestNode();
    const unknown = await node.refusal(
      node.run('draftCommunication', { incidentId: node.incident.id, audienceId: 'press' }),
    );
    expect(unknown.problems[0]?.field).toBe('audienceId');
    await node.run('adoptFramework', {
      kind: 'communicationTemplate',
      name: 'Broken',
      definition: {
        id: 'broken',
        name: 'Broken',
        audienceId: 'executives',
        subject: '{{sevrity}}',
        body: 'x',
      },
    });
    const typo = await node.refusal(
      node.run('draftCommunication', {
        incidentId: node.incident.id,
        audienceId: 'executives',
        templateId: 'broken',
      }),
    );
    expect(typo.message).toContain('sevrity');
    expect(await node.messages()).toEqual([]);
  });

  it('an exercise sends nothing: every delivery is suppressed', async () => {
    const node = await createCommsTestNode({ exercise: true });
    const draft = await node.run('draftCommunication', {
      incidentId: node.incident.id,
      audienceId: 'executives',
    });
    const sent = await node.run('sendCommunication', { messageId: draft.id });
    expect(sent.deliveries?.every((d) => d.state === 'suppressed')).toBe(true);
    expect(await node.log()).toContain('delivery-suppressed');
  });
});

describe('external statements: Communications Lead, Legal and PR', () => {
  async function publicDraft() {
    const node = await createCommsTestNode();
    const draft = await node.run(
      'draftCommunication',
      { incidentId: node.incident.id, audienceId: 'customers-public' },
      'dana',
    );
    return { node, draft };
  }

  it('needs Legal then PR to approve, and only the Communications Lead sends it', async () => {
    const { node, draft } = await publicDraft();
    expect(draft.approval?.status).toBe('not-requested');
    expect(
      (await node.refusal(node.run('sendCommunication', { messageId: draft.id }, 'priya'))).message,
    ).toMatch(/approval from Legal and PR/);
    await node.run('requestCommunicationApproval', { messageId: draft.id }, 'dana');
    const notLegal = await node.refusal(
      node.run(
        'reviewCommunication',
        { messageId: draft.id, role: 'legal', action: 'approve' },
        'dana',
      ),
    );
    expect(notLegal.code).toBe('forbidden');
    const early = await node.refusal(
      node.run(
        'reviewCommunication',
        { messageId: draft.id, role: 'pr', action: 'approve' },
        'sam',
      ),
    );
    expect(early.message).toMatch(/Legal reviews first/);
    await node.run(
      'reviewCommunication',
      { messageId: draft.id, role: 'legal', action: 'comment', comment: 'Fine by Legal' },
      'lee',
    );
    await node.run(
      'reviewCommunication',
      { messageId: draft.id, role: 'legal', action: 'approve' },
      'lee',
    );
    const approved = await node.run(
      'reviewCommunication',
      { messageId: draft.id, role: 'pr', action: 'approve' },
      'sam',
    );
    expect(approved.approval?.status).toBe('approved');
    expect(approved.approval?.approvedHash).toBe(approved.contentHash);
    const notLead = await node.refusal(
      node.run('sendCommunication', { messageId: draft.id }, 'dana'),
    );
    expect(notLead.code).toBe('forbidden');
    expect(notLead.message).toContain('Communications Lead');
    const sent = await node.run('sendCommunication', { messageId: draft.id }, 'priya');
    expect(sent.deliveries?.[0]).toMatchObject({ channel: 'statuspage', state: 'queued' });
    expect(await node.log()).toEqual([
      'drafted',
      'approval-requested',
      'commented',
      'approved',
      'approved',
      'sent',
    ]);
  });

  it('an edit after approval withdraws it, so the edited text cannot go out unapproved', async () => {
    const { node, draft } = await publicDraft();
    await node.run('requestCommunicationApproval', { messageId: draft.id });
    await node.run(
      'reviewCommunication',
      { messageId: draft.id, role: 'legal', action: 'approve' },
      'lee',
    );
    await node.run(
      'reviewCommunication',
      { messageId: draft.id, role: 'pr', action: 'approve' },
      'sam',
    );
    const edited = await node.run(
      'editCommunication',
      {
        messageId: draft.id,
        subject: draft.subject ?? '',
        body: 'We expect a fix within the hour.',
      },
      'dana',
    );
    expect(edited.approval?.status).toBe('in-review');
    expect(edited.approval?.approvedHash).toBeUndefined();
    expect(
      (await node.refusal(node.run('sendCommunication', { messageId: draft.id }, 'priya'))).code,
    ).toBe('conflict');
  });

  it('request-changes stops it until the author edits; then it goes back to Legal', async () => {
    const { node, draft } = await publicDraft();
    await node.run('requestCommunicationApproval', { messageId: draft.id });
    const missing = await node.refusal(
      node.run(
        'reviewCommunication',
        { messageId: draft.id, role: 'legal', action: 'request-changes' },
        'lee',
      ),
    );
    expect(missing.problems[0]?.field).toBe('comment');
    const changes = await node.run(
      'reviewCommunication',
      {
        messageId: draft.id,
        role: 'legal',
        action: 'request-changes',
        comment: 'Do not say "breach"',
      },
      'lee',
    );
    expect(changes.approval?.status).toBe('changes-requested');
    const edited = await node.run('editCommunication', {
      messageId: draft.id,
      subject: 'Service disruption',
      body: 'We are investigating.',
    });
    expect(edited.approval?.steps.map((s) => s.state)).toEqual(['pending', 'pending']);
  });

  it('an emergency override needs the matrix’s authority and is recorded as a decision', async () => {
    const { node, draft } = await publicDraft();
    const refused = await node.refusal(
      node.run(
        'overrideCommunicationApproval',
        { messageId: draft.id, justification: 'Press is calling now' },
        'dana',
      ),
    );
    expect(refused.code).toBe('forbidden');
    const overridden = await node.run(
      'overrideCommunicationApproval',
      {
        messageId: draft.id,
        justification: 'Legal unreachable; customers locked out for 40 minutes',
      },
      'priya',
    );
    expect(overridden.approval?.status).toBe('overridden');
    const decisions = await kindStore(node.database).find('decisions', {
      selector: { incidentId: node.incident.id, decision: 'engage-external-communications' },
    });
    expect(decisions.map((d) => [d.decision, d.takenBy, d.rationale])).toEqual([
      [
        'engage-external-communications',
        node.ids.priya,
        'Legal unreachable; customers locked out for 40 minutes',
      ],
    ]);
    await node.run('sendCommunication', { messageId: draft.id }, 'priya');
  });
});

describe('governance', () => {
  it('only administrators change who approves, so nobody names themselves Legal', async () => {
    const node = await createCommsTestNode();
    const selfApproval = await node.refusal(
      node.run(
        'adoptFramework',
        {
          kind: 'approvalPolicy',
          name: 'Mine',
          definition: {
            id: 'external-statements',
            name: 'Mine',
            mode: 'parallel',
            approvers: [{ id: 'legal', label: 'Legal', personIds: [node.ids.dana] }],
          },
        },
        'dana',
      ),
    );
    expect(selfApproval.code).toBe('forbidden');
  });
});

describe('delivery records', () => {
  it('a person settles a delivery in doubt: resend queues it again, delivered closes it', async () => {
    const node = await createCommsTestNode();
    const draft = await node.run('draftCommunication', {
      incidentId: node.incident.id,
      audienceId: 'executives',
    });
    const sent = await node.run('sendCommunication', { messageId: draft.id });
    const [email, text] = sent.deliveries ?? [];
    const key = must(email).key;
    const target = { messageId: draft.id, key };
    const notYet = await node.refusal(
      node.run('resolveDelivery', { ...target, resolution: 'resend' }),
    );
    expect(notYet.code).toBe('conflict');
    await node.executor.execute('recordDeliveryAttempt', target, system);
    await node.executor.execute('recordDeliveryResult', { ...target, outcome: 'in-doubt' }, system);
    expect((await node.messages())[0]?.deliveries?.[0]).toMatchObject({ state: 'in-doubt' });
    expect(await node.log()).toContain('delivery-in-doubt');
    const resent = await node.run('resolveDelivery', { ...target, resolution: 'resend' }, 'dana');
    expect(resent).toMatchObject({ state: 'queued', nextAttemptAt: '2026-11-26T10:00:00.000Z' });
    expect(resent).not.toHaveProperty('error');
    const textKey = must(text).key;
    await node.executor.execute(
      'recordDeliveryAttempt',
      { messageId: draft.id, key: textKey },
      system,
    );
    await node.executor.execute(
      'recordDeliveryResult',
      { messageId: draft.id, key: textKey, outcome: 'failed', error: 'HTTP 400' },
      system,
    );
    const refused = await node.refusal(
      node.run('resolveDelivery', { messageId: draft.id, key: textKey, resolution: 'delivered' }),
    );
    expect(refused.message).toContain('resend it instead');
  });

  it('only the owning node’s outbox records attempts and results', async () => {
    const node = await createCommsTestNode();
    const draft = await node.run('draftCommunication', {
      incidentId: node.incident.id,
      audienceId: 'executives',
    });
    const sent = await node.run('sendCommunication', { messageId: draft.id });
    const key = sent.deliveries?.[0]?.key ?? '';
    expect(
      (await node.refusal(node.run('recordDeliveryAttempt', { messageId: draft.id, key }))).code,
    ).toBe('forbidden');
    const attempt = await node.executor.execute(
      'recordDeliveryAttempt',
      { messageId: draft.id, key },
      system,
    );
    expect(attempt).toMatchObject({ state: 'sending', attempts: 1 });
    const retry = await node.executor.execute(
      'recordDeliveryResult',
      { messageId: draft.id, key, outcome: 'retry', error: 'ECONNREFUSED' },
      system,
    );
    expect(retry).toMatchObject({ state: 'queued', nextAttemptAt: '2026-11-26T10:00:15.000Z' });
    await node.executor.execute('recordDeliveryAttempt', { messageId: draft.id, key }, system);
    const done = await node.executor.execute(
      'recordDeliveryResult',
      { messageId: draft.id, key, outcome: 'delivered', providerId: 'x1' },
      system,
    );
    expect(done).toMatchObject({ state: 'delivered', attempts: 2, providerId: 'x1' });
    expect(done).not.toHaveProperty('error');
    await node.overwriteMessage(must((await node.messages())[0]).id, {
      senderNodeId: 'another-node',
    });
    const foreign = await node.refusal(
      node.executor.execute(
        'recordDeliveryAttempt',
        { messageId: draft.id, key: sent.deliveries?.[1]?.key },
        system,
      ),
    );
    expect(foreign.message).toContain('another-node');
  });
});

describe('cadence commands', () => {
  it('the policy starts SEV1 cadences; sending re-times one; reminders and overdue notes come once', async () => {
    const node = await createCommsTestNode();
    await node.executor.execute('applyCadencePolicy', { incidentId: node.incident.id }, system);
    const cadences = async () =>
      Object.fromEntries(
        (
          await kindStore(node.database).find('communications', { selector: { kind: 'cadence' } })
        ).map((c) => [c.audienceId, c]),
      );
    const started = await cadences();
    expect(started.executives).toMatchObject({
      everyMinutes: 30,
      nextDueAt: '2026-11-26T10:30:00.000Z',
    });
    expect(started['customers-public']).toMatchObject({ everyMinutes: 60 });
    node.clock.now = new Date('2026-11-26T10:26:00Z');
    const reminder = await node.executor.execute(
      'noteCadenceDue',
      { cadenceId: must(started.executives).id },
      system,
    );
    expect(reminder).toMatchObject({ stage: 'reminder', ownerId: node.ids.priya });
    expect(
      (
        await node.refusal(
          node.executor.execute(
            'noteCadenceDue',
            { cadenceId: must(started.executives).id },
            system,
          ),
        )
      ).code,
    ).toBe('conflict');
    node.clock.now = new Date('2026-11-26T10:41:00Z');
    const overdue = (await node.executor.execute(
      'noteCadenceDue',
      { cadenceId: must(started.executives).id },
      system,
    )) as { text: string };
    expect(overdue.text).toContain('overdue by 11 min');
    const draft = await node.run('draftCommunication', {
      incidentId: node.incident.id,
      audienceId: 'executives',
    });
    expect(draft.body).toContain('Next update: 2026-11-26 11:11 UTC');
    await node.run('sendCommunication', { messageId: draft.id });
    // Pressing Send is not delivery: the clock restarts only when a channel accepts it.
    expect((await cadences()).executives).toMatchObject({ nextDueAt: '2026-11-26T10:30:00.000Z' });
    await node.deliverAll(draft.id);
    const after = (await cadences()).executives;
    expect(after).toMatchObject({
      lastSentAt: '2026-11-26T10:41:00.000Z',
      nextDueAt: '2026-11-26T11:11:00.000Z',
    });
    expect(after).not.toHaveProperty('overdueNotedFor');
  });

  it('changing a cadence is the Communications Lead’s command', async () => {
    const node = await createCommsTestNode();
    const refused = await node.refusal(
      node.run(
        'setCommunicationCadence',
        { incidentId: node.incident.id, audienceId: 'executives', everyMinutes: 15 },
        'dana',
      ),
    );
    expect(refused.code).toBe('forbidden');
    const set = await node.run(
      'setCommunicationCadence',
      { incidentId: node.incident.id, audienceId: 'executives', everyMinutes: 15 },
      'priya',
    );
    expect(set).toMatchObject({
      source: 'manual',
      everyMinutes: 15,
      nextDueAt: '2026-11-26T10:15:00.000Z',
    });
    expect(
      (
        await node.refusal(
          node.run(
            'setCommunicationCadence',
            { incidentId: node.incident.id, audienceId: 'executives', everyMinutes: 2 },
            'priya',
          ),
        )
      ).problems[0]?.field,
    ).toBe('everyMinutes');
  });
});
