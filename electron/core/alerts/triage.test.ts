import { intakeActor } from '../../../shared/alerts/intakeActor.ts';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../shared/commands/command.ts';
import type { NormalisedAlert } from '../../../shared/schema/alert.ts';
import type { TriageCandidateDoc } from '../../../shared/schema/triageCandidate.ts';
import { kindStore } from '../../../shared/store/kindStore.ts';
import { createFrameworkTestNode } from '../commands/frameworkNode.testHelpers.ts';

/** A node with the default frameworks (classification criteria) and a generic integration. */
async function setup() {
  const node = await createFrameworkTestNode();
  const ada: Actor = { kind: 'person', id: node.ids.ada };
  const { id } = (await node.execute(
    'createAlertIntegration',
    { source: 'generic', name: 'Tool' },
    ada,
  )) as {
    id: string;
  };
  const ingest = (alert: Partial<NormalisedAlert>) =>
    node.execute(
      'ingestAlerts',
      {
        integrationId: id,
        alerts: [
          {
            source: 'generic',
            dedupKey: 'k',
            status: 'firing',
            severity: 'critical',
            summary: 'Checkout is down',
            service: 'checkout',
            labels: {},
            startsAt: node.clock.now.toISOString(),
            links: [],
            raw: {},
            ...alert,
          },
        ],
      },
      intakeActor(id),
    ) as Promise<{ alertIds: string[] }>;
  const store = kindStore(node.database);
  const candidates = () => store.find('triageCandidates', {});
  return { ...node, ada, ingest, store, candidates };
}

describe('triage: critical alerts open incident candidates; a person decides', () => {
  it('a critical alert opens one candidate with answers pre-filled, and no incident', async () => {
    const { ingest, candidates, store } = await setup();
    await ingest({ labels: { customers_affected: 'many', service_tier: '2' } });
    await ingest({ labels: { customers_affected: 'many', service_tier: '2' } }); // a repeat
    await ingest({ dedupKey: 'w', severity: 'warning', summary: 'Disk filling' });
    const [candidate, ...others] = await candidates();
    expect(others).toEqual([]);
    expect(candidate).toMatchObject({
      status: 'open',
      title: 'Checkout is down',
      service: 'checkout',
      answers: { customersAffected: 'many', serviceTier: 2, dataExposed: false },
    });
    expect(await store.find('incidents', {})).toEqual([]);
  });

  it('a critical alert inside a maintenance window opens no candidate', async () => {
    const { ingest, candidates, execute, ada } = await setup();
    await execute(
      'scheduleMaintenanceWindow',
      {
        name: 'Upgrade',
        services: ['checkout'],
        labels: [],
        startsAt: '2026-11-26T09:00:00.000Z',
        endsAt: '2026-11-26T11:00:00.000Z',
      },
      ada,
    );
    await ingest({});
    expect(await candidates()).toEqual([]);
  });

  it('accepting declares through declareIncident with the criteria version and attaches the alert', async () => {
    const { ingest, candidates, run, store, timeline, audit } = await setup();
    const { alertIds } = await ingest({});
    const [open] = (await candidates()) as [TriageCandidateDoc];
    const answers = { ...open.answers, customersAffected: 'all' as const };
    const { incident, candidate } = (await run('acceptTriageCandidate', {
      candidateId: open.id,
      title: 'Checkout outage',
      severity: 'SEV1',
      answers,
    })) as {
      incident: { id: string; classification?: { criteriaVersion: string } };
      candidate: TriageCandidateDoc;
    };
    expect(incident.classification?.criteriaVersion).toBeTruthy();
    expect(candidate).toMatchObject({
      status: 'accepted',
      incidentId: incident.id,
      criteriaVersion: incident.classification?.criteriaVersion,
      answers,
    });
    expect((await store.get('alerts', alertIds[0] ?? ''))?.incidentId).toBe(incident.id);
    expect((await timeline(incident.id)).map((e) => e.text)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Alert attached: \[critical\] Checkout is down/),
      ]),
    );
    expect((await audit.entries()).map((e) => e.command)).toContain('acceptTriageCandidate');
    await expect(
      run('dismissTriageCandidate', { candidateId: open.id, reason: 'late' }),
    ).rejects.toMatchObject({ code: 'conflict' });
  });

  it('dismissing keeps the reason and declares nothing; an integration cannot decide', async () => {
    const { ingest, candidates, run, store, execute } = await setup();
    await ingest({});
    const [open] = (await candidates()) as [TriageCandidateDoc];
    await expect(
      execute(
        'dismissTriageCandidate',
        { candidateId: open.id, reason: 'x' },
        { kind: 'integration', id: 'int-1' },
      ),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(
      run('dismissTriageCandidate', { candidateId: open.id, reason: ' ' }),
    ).rejects.toMatchObject({
      code: 'invalid-input',
    });
    const dismissed = await run('dismissTriageCandidate', {
      candidateId: open.id,
      reason: 'Known flap',
    });
    expect(dismissed).toMatchObject({ status: 'dismissed', dismissReason: 'Known flap' });
    expect(await store.find('incidents', {})).toEqual([]);
  });
});
