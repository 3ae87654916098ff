import { afterEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../../shared/commands/command.ts';
import type { IncidentDoc } from '../../../shared/schema/incident.ts';
import { createPagingTestNode, ZOFIA_PHONE } from './paging.testHelpers.ts';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const node_: Actor = { kind: 'system', id: 'node' };
const zofia: Actor = { kind: 'person', id: 'zofia-nowak' };
const alerts: Actor = {
  kind: 'integration',
  id: 'alertmanager',
  authentication: {
    credentialId: 'token-alertmanager',
    method: 'integration-token',
    scopes: ['incidents:write'],
  },
};
const oliver: Actor = { kind: 'person', id: 'oliver-hughes' };

const commanderOf = (incident: IncidentDoc) =>
  (incident.roles ?? []).find((r) => r.role === 'incident-commander')?.personId;

/** Payments on-call (Zofia on call at 10:00) is the duty Incident Commander rotation. */
async function withDutyRotation() {
  const paging = await createPagingTestNode(cleanups);
  await paging.node.execute(
    'setContactMethods',
    { personId: 'zofia-nowak', methods: [{ id: 'mobile', type: 'sms', address: ZOFIA_PHONE }] },
    zofia,
  );
  await paging.node.execute(
    'setDutyCommanderRotation',
    { rotationId: 'payments-primary', duty: true },
    node_,
  );
  return paging;
}

describe('the standing duty Incident Commander', () => {
  it('commands and is paged when an integration declares', async () => {
    const paging = await withDutyRotation();
    const incident = (await paging.node.execute(
      'declareIncident',
      { title: 'Alert: claims API 5xx', severity: 'SEV2' },
      alerts,
    )) as IncidentDoc;
    await paging.settle();
    expect(commanderOf(incident)).toBe('zofia-nowak');
    const [page] = await paging.pagesOf('zofia-nowak');
    expect(page?.page.reason).toBe('duty-commander');
    expect(paging.twilio.messages.map((m) => m.to)).toEqual([ZOFIA_PHONE]);
  });

  it('commands when someone without command authority declares; a duty participant keeps command', async () => {
    const paging = await withDutyRotation();
    const byOliver = (await paging.node.execute(
      'declareIncident',
      { title: 'Portal slow', severity: 'SEV3' },
      oliver,
    )) as IncidentDoc;
    expect(commanderOf(byOliver)).toBe('zofia-nowak');
    const bySofia = (await paging.node.execute(
      'declareIncident',
      { title: 'Batch late', severity: 'SEV3' },
      { kind: 'person', id: 'sofia-marchetti' },
    )) as IncidentDoc;
    expect(commanderOf(bySofia)).toBe('sofia-marchetti');
  });

  it('only an administrator chooses the duty rotation', async () => {
    const paging = await createPagingTestNode(cleanups);
    await expect(
      paging.node.execute(
        'setDutyCommanderRotation',
        { rotationId: 'payments-primary', duty: true },
        oliver,
      ),
    ).rejects.toThrow(/administrator/);
  });
});
