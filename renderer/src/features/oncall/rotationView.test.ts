import { describe, expect, it } from 'vitest';
import type { OrganisationUnitDoc } from '../../../../shared/schema/organisationUnit.ts';
import { rotationView } from './rotationView.ts';

const facilities: OrganisationUnitDoc = {
  id: 'facilities',
  kind: 'rotation',
  name: 'Facilities on-call',
  hlc: '000000000000001-000001-n',
  rotation: {
    teamId: 'network-facilities',
    timeZone: 'Europe/London',
    handoffTime: '09:00',
    shiftHours: 168,
    startsOn: '2026-01-05T09:00:00.000Z',
    participantIds: ['ben', 'samira'],
    upperLayers: [
      {
        id: 'weekend',
        name: 'Weekend cover',
        participantIds: ['luis'],
        shiftHours: 168,
        startsOn: '2026-01-03',
        handoffTime: '08:00',
        restrictions: [{ days: ['sat', 'sun'], start: '00:00', end: '00:00' }],
      },
    ],
    overrides: [
      { id: 'past', personId: 'deepa', start: '2026-11-01T00:00:00Z', end: '2026-11-02T00:00:00Z' },
      {
        id: 'later',
        personId: 'deepa',
        start: '2026-12-01T00:00:00Z',
        end: '2026-12-02T00:00:00Z',
        reason: 'Swap',
      },
    ],
  },
};

describe('rotationView', () => {
  it('names who is on call from which layer, and the next handoff', () => {
    const weekday = rotationView(facilities, new Date('2026-11-26T12:00:00Z'));
    expect(weekday?.onCall).toEqual({ personId: 'ben', via: 'Base layer' });
    expect(weekday?.nextHandoff).toEqual({ at: '2026-11-28T00:00:00.000Z', toPersonId: 'luis' });
    const saturday = rotationView(facilities, new Date('2026-11-28T12:00:00Z'));
    expect(saturday?.onCall).toEqual({ personId: 'luis', via: 'Weekend cover' });
  });

  it('describes layers in words and lists only covers still to come or running', () => {
    const view = rotationView(facilities, new Date('2026-11-26T12:00:00Z'));
    expect(view?.layers.map((layer) => layer.pattern)).toEqual([
      'Weekly, hands over 09:00',
      'Weekly, hands over 08:00; only Sat, Sun all day (rotation time)',
    ]);
    expect(view?.covers.map((cover) => [cover.id, cover.current])).toEqual([['later', false]]);
    const during = rotationView(facilities, new Date('2026-12-01T12:00:00Z'));
    expect(during?.covers[0]?.current).toBe(true);
    expect(during?.onCall).toEqual({ personId: 'deepa', via: 'covering' });
  });

  it('reports a rotation that cannot be scheduled instead of failing the screen', () => {
    const stored = facilities.rotation;
    if (!stored) throw new Error('the fixture has a rotation');
    const broken: OrganisationUnitDoc = {
      ...facilities,
      rotation: { ...stored, timeZone: 'Mars/Olympus' },
    };
    const view = rotationView(broken, new Date('2026-11-26T12:00:00Z'));
    expect(view?.onCall).toBeNull();
    expect(view?.problem).toMatch(/time zone/i);
  });
});
