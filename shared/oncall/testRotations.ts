import { parseRotation } from './parseRotation.ts';

/** Rotations used by the on-call tests. */
export function dailyRotation(timeZone: string, overrides: unknown[] = []) {
  return parseRotation({
    id: 'payments-primary',
    name: 'Payments primary',
    timeZone,
    layers: [
      {
        id: 'daily',
        name: 'Daily',
        participantIds: ['alice', 'bob', 'carol'],
        shiftHours: 24,
        startsOn: '2026-03-01',
        handoffTime: '09:00',
      },
    ],
    overrides,
  });
}

export const layeredRotation = parseRotation({
  id: 'platform',
  name: 'Platform SRE',
  timeZone: 'Europe/London',
  layers: [
    {
      id: 'round-the-clock',
      name: 'Round the clock',
      participantIds: ['alice', 'bob'],
      shiftHours: 168,
      startsOn: '2026-03-02',
      handoffTime: '09:00',
    },
    {
      id: 'business-hours',
      name: 'Business hours',
      participantIds: ['erin'],
      shiftHours: 168,
      startsOn: '2026-03-02',
      handoffTime: '09:00',
      restrictions: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '17:00' }],
    },
  ],
});

export function followTheSun(timeZone: string) {
  return parseRotation({
    id: 'follow-the-sun',
    name: 'Follow the sun',
    timeZone,
    layers: [
      {
        id: 'twelve-hour',
        name: '12-hour',
        participantIds: ['london-lead', 'sydney-lead'],
        shiftHours: 12,
        startsOn: '2026-03-01',
        handoffTime: '08:00',
      },
    ],
  });
}
