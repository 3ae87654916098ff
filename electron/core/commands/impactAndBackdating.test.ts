import { describe, expect, it } from 'vitest';
import { kindStore } from '../../../shared/store/kindStore.ts';
import { createFrameworkTestNode } from './frameworkNode.testHelpers.ts';

describe('impact start and backdated timeline entries', () => {
  it('records a backdated entry with when it happened and when it was written', async () => {
    const { run, refusal, clock } = await createFrameworkTestNode({ frameworks: false });
    const incident = await run('declareIncident', { title: 'Queue backlog', severity: 'SEV3' });
    const entry = await run('addTimelineEntry', {
      incidentId: incident.id,
      text: 'First customer complaint reached the service desk',
      occurredAt: '2026-11-26T04:40:00-05:00',
    });
    expect(entry.occurredAt).toBe('2026-11-26T09:40:00.000Z');
    expect(entry.at).toBe(clock.now.toISOString());
    const future = new Date(clock.now.getTime() + 3_600_000).toISOString();
    const refused = await refusal(
      run('addTimelineEntry', { incidentId: incident.id, text: 'Later', occurredAt: future }),
    );
    expect(refused.code).toBe('invalid-input');
    expect(refused.message).toContain('that time is in the future');
  });

  it('sets and corrects the impact start, saying both times on the timeline', async () => {
    const { run, refusal, database, timeline } = await createFrameworkTestNode({
      frameworks: false,
    });
    const incident = await run('declareIncident', { title: 'Queue backlog', severity: 'SEV3' });
    await run('setImpactStart', {
      incidentId: incident.id,
      impactStartedAt: '2026-11-26T09:10:00Z',
    });
    await run('setImpactStart', {
      incidentId: incident.id,
      impactStartedAt: '2026-11-26T09:00:00Z',
    });
    const stored = await kindStore(database).get('incidents', incident.id);
    expect(stored?.impactStartedAt).toBe('2026-11-26T09:00:00.000Z');
    expect((await timeline(incident.id)).map((entry) => entry.text)).toContain(
      'Impact started at 2026-11-26 09:00 UTC (was 2026-11-26 09:10 UTC)',
    );
    const bad = await refusal(
      run('setImpactStart', { incidentId: incident.id, impactStartedAt: 'this morning' }),
    );
    expect(bad.message).toContain('give the time the impact started as a date and time');
  });
});
