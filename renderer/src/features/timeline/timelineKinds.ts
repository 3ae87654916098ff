import { TIMELINE_KINDS, type TimelineKind } from '../../../../shared/domain/incident.ts';
import { MANUAL_TIMELINE_KINDS } from '../../../../shared/commands/addTimelineEntry.ts';
import type { SelectOption } from '../../ui/Field.tsx';

const TIMELINE_KIND_LABELS: Record<TimelineKind, string> = {
  note: 'Note',
  'status-change': 'Status',
  'role-change': 'Role',
  decision: 'Decision',
  escalation: 'Escalation',
  'playbook-step': 'Playbook',
  system: 'System',
};

export function timelineKindLabel(kind: string): string {
  return TIMELINE_KIND_LABELS[kind as TimelineKind] ?? kind;
}

export const KIND_FILTER_OPTIONS: readonly SelectOption[] = [
  { value: 'all', label: 'All entries' },
  ...TIMELINE_KINDS.map((kind) => ({ value: kind, label: TIMELINE_KIND_LABELS[kind] })),
];

export const MANUAL_KIND_OPTIONS: readonly SelectOption[] = MANUAL_TIMELINE_KINDS.map((kind) => ({
  value: kind,
  label: TIMELINE_KIND_LABELS[kind],
}));
