import { rotationFromDefinition } from '../../../../shared/oncall/fromRotationDefinition.ts';
import { nextHandoff, whoIsOnCall } from '../../../../shared/oncall/index.ts';
import type { OrganisationUnitDoc } from '../../../../shared/schema/organisationUnit.ts';

const DAY_NAMES: Record<string, string> = {
  sun: 'Sun',
  mon: 'Mon',
  tue: 'Tue',
  wed: 'Wed',
  thu: 'Thu',
  fri: 'Fri',
  sat: 'Sat',
};

export interface LayerView {
  id: string;
  name: string;
  participantIds: readonly string[];
  /** "Weekly, hands over 09:00" and, when restricted, "only Sat–Sun 00:00–00:00". */
  pattern: string;
}

export interface CoverView {
  id: string;
  personId: string;
  start: string;
  end: string;
  reason?: string;
  current: boolean;
}

export interface RotationView {
  id: string;
  name: string;
  timeZone: string;
  onCall: { personId: string; via: string } | null;
  nextHandoff: { at: string; toPersonId: string | null } | null;
  layers: LayerView[];
  /** Covers running now or later, soonest first; finished ones are history. */
  covers: CoverView[];
  /** Why the rotation cannot be scheduled, when its stored definition is broken. */
  problem?: string;
}

function turnLength(hours: number): string {
  if (hours === 168) return 'Weekly';
  if (hours === 24) return 'Daily';
  if (hours % 24 === 0) return `Every ${hours / 24} days`;
  return `${hours}-hour shifts`;
}

function restrictionText(
  windows: readonly { days: readonly string[]; start: string; end: string }[],
) {
  if (windows.length === 0) return '';
  const parts = windows.map((w) => {
    const days = w.days.map((d) => DAY_NAMES[d] ?? d).join(', ');
    return w.start === w.end ? `${days} all day` : `${days} ${w.start}–${w.end}`;
  });
  return `; only ${parts.join(' and ')} (rotation time)`;
}

/** What the on-call screen shows for one rotation at `now` (pure). */
export function rotationView(unit: OrganisationUnitDoc, now: Date): RotationView | null {
  const stored = unit.rotation;
  if (unit.kind !== 'rotation' || !stored) return null;
  const base: LayerView = {
    id: `${unit.id}-primary`,
    name: 'Base layer',
    participantIds: stored.participantIds,
    pattern: `${turnLength(stored.shiftHours)}, hands over ${stored.handoffTime}`,
  };
  const upper: LayerView[] = (stored.upperLayers ?? []).map((layer) => ({
    id: layer.id,
    name: layer.name,
    participantIds: layer.participantIds,
    pattern: `${turnLength(layer.shiftHours)}, hands over ${layer.handoffTime}${restrictionText(layer.restrictions)}`,
  }));
  const layers = [base, ...upper];
  const covers = (stored.overrides ?? [])
    .filter((cover) => Date.parse(cover.end) > now.getTime())
    .map((cover) => ({
      ...cover,
      current: Date.parse(cover.start) <= now.getTime(),
    }))
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  const view = { id: unit.id, name: unit.name, timeZone: stored.timeZone, layers, covers };
  try {
    const rotation = rotationFromDefinition({ id: unit.id, name: unit.name, ...stored });
    const assignment = whoIsOnCall(rotation, now);
    const handoff = nextHandoff(rotation, now);
    const layerName = (id: string) => layers.find((layer) => layer.id === id)?.name ?? id;
    return {
      ...view,
      onCall: assignment && {
        personId: assignment.personId,
        via: assignment.source === 'override' ? 'covering' : layerName(assignment.layerId),
      },
      nextHandoff: handoff && {
        at: handoff.at.toISOString(),
        toPersonId: handoff.to?.personId ?? null,
      },
    };
  } catch (error) {
    return { ...view, onCall: null, nextHandoff: null, problem: (error as Error).message };
  }
}
