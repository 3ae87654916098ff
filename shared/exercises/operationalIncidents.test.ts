import { describe, expect, it } from 'vitest';
import { exerciseIncidents, operationalIncidents } from './operationalIncidents.ts';

describe('operational incidents', () => {
  it('leave exercises out of every count and keep them apart', () => {
    const incidents = [
      { id: 'real', exercise: false },
      { id: 'drill', exercise: true },
      { id: 'also-real', exercise: false },
    ];
    expect(operationalIncidents(incidents).map((i) => i.id)).toEqual(['real', 'also-real']);
    expect(exerciseIncidents(incidents).map((i) => i.id)).toEqual(['drill']);
  });
});
