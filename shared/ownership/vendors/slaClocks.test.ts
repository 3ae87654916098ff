import { describe, expect, it } from 'vitest';
import type { VendorEngagementDoc } from '../../schema/vendor.ts';
import { vendorSlaClocks } from './slaClocks.ts';

const engaged: VendorEngagementDoc = {
  id: 'veng-1',
  hlc: '',
  incidentId: 'inc-1',
  vendorId: 'vendor-1',
  vendorName: 'CloudDB',
  sla: { severity: 'SEV1', respondMinutes: 30, restoreMinutes: 240, updateEveryMinutes: 60 },
  engagedAt: '2026-11-26T10:00:00.000Z',
  engagedBy: 'person:ada',
  contacts: [],
  commitments: [],
  status: 'engaged',
};
const at = (minutes: number) => new Date(Date.parse(engaged.engagedAt) + minutes * 60_000);
const contact = (minutes: number, kind: 'response' | 'update' | 'restored') => ({
  id: `c${minutes}`,
  at: at(minutes).toISOString(),
  channel: 'call' as const,
  kind,
  summary: '',
  by: 'person:ada',
});

describe('vendor SLA clocks', () => {
  it('respond and restore run from engagement; a reminder lead before due; breached after', () => {
    expect(vendorSlaClocks(engaged, at(5))).toEqual([
      { name: 'respond', dueAt: '2026-11-26T10:30:00.000Z', state: 'running', minutesLeft: 25 },
      { name: 'restore', dueAt: '2026-11-26T14:00:00.000Z', state: 'running', minutesLeft: 235 },
    ]);
    expect(vendorSlaClocks(engaged, at(20))[0]?.state).toBe('running');
    expect(vendorSlaClocks(engaged, at(25))[0]?.state).toBe('due-soon'); // a fifth of 30 min
    expect(vendorSlaClocks(engaged, at(31))[0]).toMatchObject({
      state: 'breached',
      minutesLeft: -1,
    });
  });

  it('a response stops the respond clock (met or late) and starts the update cadence from the last word', () => {
    const responded = {
      ...engaged,
      respondedAt: at(40).toISOString(),
      contacts: [contact(40, 'response')],
    };
    const clocks = vendorSlaClocks(responded, at(50));
    expect(clocks[0]).toMatchObject({
      name: 'respond',
      state: 'met-late',
      metAt: at(40).toISOString(),
    });
    expect(clocks[2]).toMatchObject({
      name: 'update',
      dueAt: at(100).toISOString(),
      state: 'running',
    });
    const updated = { ...responded, contacts: [...responded.contacts, contact(90, 'update')] };
    expect(vendorSlaClocks(updated, at(120))[2]).toMatchObject({ dueAt: at(150).toISOString() });
    expect(vendorSlaClocks(updated, at(151))[2]?.state).toBe('breached');
  });

  it('restored: no more update clock; released: clocks stop where they stood', () => {
    const restored = {
      ...engaged,
      respondedAt: at(10).toISOString(),
      restoredAt: at(200).toISOString(),
      contacts: [contact(10, 'response'), contact(200, 'restored')],
    };
    expect(vendorSlaClocks(restored, at(500)).map((c) => c.state)).toEqual(['met', 'met']);
    const released = { ...engaged, status: 'released' as const, releasedAt: at(10).toISOString() };
    expect(vendorSlaClocks(released, at(1000)).map((c) => c.state)).toEqual(['running', 'running']);
  });
});
