import { describe, expect, it } from 'vitest';
import { kindStore } from '../../../shared/store/kindStore.ts';
import { storeKindWrites } from '../../../shared/store/kindWrites.ts';
import { stampFieldClocks } from '../../../shared/sync/fieldClocks.ts';
import { createFrameworkTestNode } from './frameworkNode.testHelpers.ts';

/** Ada commands a SEV2; Dana is her deputy. */
async function setup() {
  const node = await createFrameworkTestNode();
  const incident = await node.run('declareIncident', { title: 'Payments down', severity: 'SEV3' });
  await node.run('assignRole', {
    incidentId: incident.id,
    role: 'deputy-incident-commander',
    personId: node.ids.dana,
  });
  return { ...node, incident };
}

const closing = {
  decision: 'close-incident',
  summary: 'Stand down the bridge',
  rationale: 'Error rates normal for 2 hours',
};

describe('recordDecision', () => {
  it('logs the holder’s decision append-only and stars it on the timeline with its basis', async () => {
    const { run, incident, ids, timeline, database: db } = await setup();
    const decision = await run('recordDecision', {
      incidentId: incident.id,
      decision: 'authorise-emergency-change',
      summary: 'Roll back release 42',
      rationale: 'The error spike started with it',
    });
    expect(decision).toMatchObject({
      incidentId: incident.id,
      decision: 'authorise-emergency-change',
      takenBy: ids.ada,
      basis: 'holder',
      authority: 'Ada Commander is the Incident Commander, who may authorise an emergency change',
    });
    expect(decision.fallbackIndex).toBeUndefined();
    expect((await kindStore(db).get('decisions', decision.id))?.summary).toBe(
      'Roll back release 42',
    );
    expect((await timeline(incident.id)).at(-1)).toEqual({
      kind: 'decision',
      starred: true,
      text:
        'Decision (authorise an emergency change): Roll back release 42 — Ada Commander, on the authority of ' +
        'the Incident Commander. Rationale: The error spike started with it',
    });
  });

  it('refuses the deputy while the commander is here, with the resolver’s reason', async () => {
    const { run, refusal, incident, database: db } = await setup();
    const error = await refusal(
      run('recordDecision', { incidentId: incident.id, ...closing }, 'dana'),
    );
    expect(error).toMatchObject({
      code: 'forbidden',
      message:
        'Only the Incident Commander (Ada Commander) may close the incident; fallbacks apply only when the holder is away, off shift or silent for 15 min',
    });
    expect(await kindStore(db).count('decisions')).toBe(0);
  });

  it('accepts the deputy as fallback while the commander is away and says so', async () => {
    const { run, incident, ids, timeline } = await setup();
    await run('setAvailability', { personId: ids.ada, status: 'away', note: 'At the dentist' });
    const decision = await run('recordDecision', { incidentId: incident.id, ...closing }, 'dana');
    expect(decision).toMatchObject({
      basis: 'fallback',
      fallbackIndex: 0,
      takenBy: ids.dana,
      authority:
        'The Incident Commander (Ada Commander) is away, so Dana Ruiz may close the incident as the first fallback',
    });
    expect((await timeline(incident.id)).at(-1)?.text).toBe(
      'Decision (close the incident): Stand down the bridge — Dana Ruiz, on the authority of the Deputy ' +
        'Incident Commander as fallback: the Incident Commander (Ada Commander) is away. Rationale: Error rates normal for 2 hours',
    );
  });

  it('treats a commander paged without acknowledging as silent once the matrix’s minutes pass', async () => {
    const { run, refusal, incident, ids, clock, database: db } = await setup();
    const pagedAt = '2026-11-26T10:00:00.000Z';
    const escalation = {
      id: 'esc-1',
      incidentId: incident.id,
      policyId: 'major',
      policyName: 'Major incident',
      status: 'active',
      state: {
        policyId: 'major',
        policyName: 'Major incident',
        levels: [
          { targets: [{ kind: 'role', role: 'incident-commander' }], ackTimeoutMinutes: 30 },
        ],
        repeat: 0,
        startedAt: pagedAt,
        status: 'active',
        round: 0,
        levelIndex: 0,
        pagedAt,
        pagedPersonIds: [ids.ada],
        dueAt: '2026-11-26T10:30:00.000Z',
      },
      nextDueAt: '2026-11-26T10:30:00.000Z',
      startedAt: pagedAt,
      hlc: '0',
    };
    await storeKindWrites(db, [
      {
        kind: 'escalations',
        document: escalation,
        fieldClocks: stampFieldClocks(undefined, escalation, escalation.hlc),
      },
    ]);
    clock.now = new Date('2026-11-26T10:14:00Z');
    expect(
      (await refusal(run('recordDecision', { incidentId: incident.id, ...closing }, 'dana'))).code,
    ).toBe('forbidden');
    clock.now = new Date('2026-11-26T10:15:00Z');
    const decision = await run('recordDecision', { incidentId: incident.id, ...closing }, 'dana');
    expect(decision.authority).toBe(
      'The Incident Commander (Ada Commander) is silent (no acknowledgement in 15 min), so Dana Ruiz may close the incident as the first fallback',
    );
  });

  it('rejects bad input with the field and unknown incidents as not found', async () => {
    const { run, refusal, incident } = await setup();
    const cases: [Record<string, unknown>, string][] = [
      [{ ...closing, decision: 'launch-rockets' }, 'decision'],
      [{ ...closing, summary: '  ' }, 'summary'],
      [{ ...closing, rationale: undefined }, 'rationale'],
    ];
    for (const [input, field] of cases) {
      const error = await refusal(run('recordDecision', { incidentId: incident.id, ...input }));
      expect(error.code).toBe('invalid-input');
      expect(error.problems[0]?.field).toBe(field);
    }
    expect(
      (await refusal(run('recordDecision', { incidentId: 'inc-nope', ...closing }))).code,
    ).toBe('not-found');
  });
});
