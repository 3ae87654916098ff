import { intakeActor } from '../../../shared/alerts/intakeActor.ts';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../shared/commands/command.ts';
import type { NormalisedAlert } from '../../../shared/schema/alert.ts';
import type { MaintenanceWindowDoc } from '../../../shared/schema/maintenanceWindow.ts';
import { kindStore } from '../../../shared/store/kindStore.ts';
import { createTestExecutor } from '../commands/testNode.testHelpers.ts';

/** A node core in memory on a clock the test moves, with a person and an integration. */
async function setup() {
  let now = new Date('2026-11-26T10:00:00.000Z');
  const test = await createTestExecutor(() => now);
  const { person } = (await test.executor.execute(
    'createWorkspace',
    { workspaceName: 'Northwind', displayName: 'Ada Commander' },
    { kind: 'system', id: 'first-run' },
  )) as { person: { id: string } };
  const ada: Actor = { kind: 'person', id: person.id };
  const integration = (await test.executor.execute(
    'createAlertIntegration',
    { source: 'generic', name: 'Prometheus' },
    ada,
  )) as { id: string };
  const tool: Actor = intakeActor(integration.id);
  const ingest = (alerts: Partial<NormalisedAlert>[]) =>
    test.executor.execute(
      'ingestAlerts',
      {
        integrationId: integration.id,
        alerts: alerts.map((alert) => ({
          source: 'generic',
          status: 'firing',
          severity: 'error',
          summary: 'Checkout slow',
          labels: {},
          startsAt: now.toISOString(),
          links: [],
          raw: {},
          ...alert,
        })),
      },
      tool,
    ) as Promise<{ alertIds: string[] }>;
  const store = kindStore(test.database);
  const moveTo = (iso: string) => (now = new Date(iso));
  return { ...test, ada, tool, ingest, store, moveTo };
}

const window = {
  name: 'Checkout database upgrade',
  services: ['checkout'],
  labels: [{ name: 'env', value: 'prod' }],
  startsAt: '2026-11-26T09:00:00.000Z',
  endsAt: '2026-11-26T12:00:00.000Z',
};

describe('maintenance windows suppress matching alerts (commands)', () => {
  it('a matching alert is stored as suppressed, others are not; ending early stops it, audited', async () => {
    const { executor, ada, ingest, store, moveTo, audit } = await setup();
    const scheduled = (await executor.execute(
      'scheduleMaintenanceWindow',
      window,
      ada,
    )) as MaintenanceWindowDoc;
    const { alertIds } = await ingest([
      { dedupKey: 'a', service: 'checkout', labels: { env: 'prod' } },
      { dedupKey: 'b', service: 'checkout', labels: { env: 'stage' } },
      { dedupKey: 'c', service: 'search', labels: { env: 'prod' } },
    ]);
    const stored = await Promise.all(alertIds.map((id) => store.get('alerts', id)));
    expect(stored.map((alert) => alert?.suppressedBy)).toEqual([
      scheduled.id,
      undefined,
      undefined,
    ]);

    moveTo('2026-11-26T10:30:00.000Z');
    await executor.execute(
      'endMaintenanceWindowEarly',
      { windowId: scheduled.id, reason: 'Upgrade done' },
      ada,
    );
    const after = await ingest([{ dedupKey: 'd', service: 'checkout', labels: { env: 'prod' } }]);
    expect((await store.get('alerts', after.alertIds[0] ?? ''))?.suppressedBy).toBeUndefined();
    // The alert that opened inside the window keeps its explanation after it ends.
    expect((await store.get('alerts', alertIds[0] ?? ''))?.suppressedBy).toBe(scheduled.id);

    const ended = await store.get('maintenanceWindows', scheduled.id);
    expect(ended).toMatchObject({
      status: 'endedEarly',
      endedAt: '2026-11-26T10:30:00.000Z',
      endedReason: 'Upgrade done',
    });
    const commands = (await audit.entries()).map((entry) => [entry.command, entry.actorId]);
    expect(commands).toEqual(
      expect.arrayContaining([
        ['scheduleMaintenanceWindow', `person:${ada.id}`],
        ['endMaintenanceWindowEarly', `person:${ada.id}`],
      ]),
    );
  });

  it('a weekly window suppresses only inside its occurrences', async () => {
    const { executor, ada, ingest, store, moveTo } = await setup();
    await executor.execute(
      'scheduleMaintenanceWindow',
      {
        ...window,
        startsAt: '2026-11-01T00:00:00.000Z',
        endsAt: '2027-01-01T00:00:00.000Z',
        // Thursdays 11:00–11:30 Berlin time (10:00Z in winter).
        recurrence: {
          weekdays: [4],
          startTime: '11:00',
          durationMinutes: 30,
          timeZone: 'Europe/Berlin',
        },
      },
      ada,
    );
    const inside = await ingest([{ dedupKey: 'in', service: 'checkout', labels: { env: 'prod' } }]);
    moveTo('2026-11-26T10:45:00.000Z');
    const outside = await ingest([
      { dedupKey: 'out', service: 'checkout', labels: { env: 'prod' } },
    ]);
    expect((await store.get('alerts', inside.alertIds[0] ?? ''))?.suppressedBy).toBeDefined();
    expect((await store.get('alerts', outside.alertIds[0] ?? ''))?.suppressedBy).toBeUndefined();
  });

  it('bad windows are refused in plain words and change nothing', async () => {
    const { executor, ada, tool, store } = await setup();
    await expect(
      executor.execute('scheduleMaintenanceWindow', { ...window, services: [], labels: [] }, ada),
    ).rejects.toMatchObject({ code: 'invalid-input', problems: [{ field: 'services' }] });
    await expect(
      executor.execute('scheduleMaintenanceWindow', { ...window, endsAt: window.startsAt }, ada),
    ).rejects.toMatchObject({ code: 'invalid-input', problems: [{ field: 'endsAt' }] });
    const recurrence = {
      weekdays: [1],
      startTime: '02:00',
      durationMinutes: 60,
      timeZone: 'Mars/Olympus',
    };
    await expect(
      executor.execute('scheduleMaintenanceWindow', { ...window, recurrence }, ada),
    ).rejects.toMatchObject({
      code: 'invalid-input',
      problems: [{ field: 'recurrence.timeZone' }],
    });
    await expect(executor.execute('scheduleMaintenanceWindow', window, tool)).rejects.toMatchObject(
      {
        code: 'forbidden',
      },
    );
    expect(await store.find('maintenanceWindows', {})).toEqual([]);
  });

  it('a window cannot be ended twice, or after it is over', async () => {
    const { executor, ada, moveTo } = await setup();
    const scheduled = (await executor.execute(
      'scheduleMaintenanceWindow',
      window,
      ada,
    )) as MaintenanceWindowDoc;
    await executor.execute(
      'endMaintenanceWindowEarly',
      { windowId: scheduled.id, reason: 'done' },
      ada,
    );
    await expect(
      executor.execute(
        'endMaintenanceWindowEarly',
        { windowId: scheduled.id, reason: 'again' },
        ada,
      ),
    ).rejects.toMatchObject({ code: 'conflict' });
    const later = (await executor.execute(
      'scheduleMaintenanceWindow',
      window,
      ada,
    )) as MaintenanceWindowDoc;
    moveTo('2026-11-26T12:00:00.000Z');
    await expect(
      executor.execute('endMaintenanceWindowEarly', { windowId: later.id, reason: 'late' }, ada),
    ).rejects.toMatchObject({ code: 'conflict' });
  });
});
