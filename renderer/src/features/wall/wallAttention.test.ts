import { describe, expect, it } from 'vitest';
import { attentionPanel, type WallSignals } from './wallAttention.ts';

const quiet: WallSignals = {
  activeIncidentIds: ['inc-a'],
  focusIncidentId: 'inc-a',
  focusLatestEntryId: 'tl-1',
};

describe('attentionPanel', () => {
  it('does nothing on the first look or when nothing changed', () => {
    expect(attentionPanel(undefined, quiet)).toBeNull();
    expect(attentionPanel(quiet, { ...quiet })).toBeNull();
  });

  it('shows the incident list when an incident becomes active', () => {
    expect(attentionPanel(quiet, { ...quiet, activeIncidentIds: ['inc-a', 'inc-b'] })).toBe(
      'active-incidents',
    );
  });

  it('shows the timeline when the most severe incident gets a new entry', () => {
    expect(attentionPanel(quiet, { ...quiet, focusLatestEntryId: 'tl-2' })).toBe('latest-timeline');
  });

  it('stays calm when an incident is resolved', () => {
    expect(
      attentionPanel(quiet, {
        activeIncidentIds: [],
        focusIncidentId: undefined,
        focusLatestEntryId: undefined,
      }),
    ).toBeNull();
  });
});
