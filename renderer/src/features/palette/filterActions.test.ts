import { describe, expect, it } from 'vitest';
import { incidentCommandActions } from './incidentCommandActions.ts';
import { filterActions } from './lanternActions.ts';

const labels = (query: string) =>
  filterActions(incidentCommandActions('esc-1'), query).map((action) => action.label);

describe('filterActions', () => {
  it('offers actions whose label matches before those that match only by keyword', () => {
    expect(labels('stop paging')[0]).toBe('Stop paging');
    expect(labels('paging')).toEqual(['Stop paging', 'Acknowledge page']);
  });

  it('needs every typed word, in label or keywords', () => {
    expect(labels('severity')).toEqual(['Reclassify']);
    expect(labels('severity nonsense')).toEqual([]);
    expect(labels('')).toHaveLength(incidentCommandActions('esc-1').length);
  });
});
