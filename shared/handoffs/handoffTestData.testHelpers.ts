import type { EscalationDoc } from '../schema/escalation.ts';
import type { HandoffDoc } from '../schema/handoff.ts';
import type { IncidentDoc } from '../schema/incident.ts';
import type { TimelineEntryDoc } from '../schema/timelineEntry.ts';
import type { BriefSources } from './briefTypes.ts';
import { draftBrief } from './draftBrief.ts';

export const NOW = new Date('2026-11-26T13:30:00.000Z');

export function incident(overrides: Partial<IncidentDoc> = {}): IncidentDoc {
  return {
    id: 'inc-1',
    reference: 'INC-0042',
    title: 'Card payments failing',
    summary: 'Card authorisations time out at the gateway.',
    severity: 'SEV2',
    type: 'availability',
    status: 'investigating',
    exercise: false,
    declaredAt: '2026-11-26T10:00:00.000Z',
    declaredBy: 'ada',
    updatedAt: '2026-11-26T10:00:00.000Z',
    roles: [
      {
        role: 'incident-commander',
        personId: 'ada',
        since: '2026-11-26T10:00:00.000Z',
        assignedBy: 'ada',
      },
      { role: 'operations', personId: 'sam', since: '2026-11-26T10:05:00.000Z', assignedBy: 'ada' },
    ],
    serviceIds: ['payments-gateway'],
    playbook: {
      frameworkId: 'pb-outage',
      name: 'Major service outage',
      attachedAt: '2026-11-26T10:00:00.000Z',
      steps: [
        {
          stepId: 'bridge',
          completedAt: '2026-11-26T10:08:00.000Z',
          completedBy: 'ada',
          checkedItems: [],
        },
        { stepId: 'comms', checkedItems: [] },
        { stepId: 'rollback', checkedItems: [] },
      ],
    },
    hlc: '0001',
    ...overrides,
  };
}

export function entry(
  at: string,
  text: string,
  kind: TimelineEntryDoc['kind'] = 'note',
): TimelineEntryDoc {
  return {
    id: `tl-${at}`,
    incidentId: 'inc-1',
    hlc: at,
    at,
    kind,
    text,
    actorId: 'ada',
    nodeId: 'n',
    starred: false,
  };
}

export const activeEscalation: EscalationDoc = {
  id: 'esc-1',
  incidentId: 'inc-1',
  policyId: 'p',
  policyName: 'Payments on-call',
  status: 'active',
  state: { pagedPersonIds: ['kwame'] },
  nextDueAt: '2026-11-26T13:40:00.000Z',
  startedAt: '2026-11-26T13:20:00.000Z',
  hlc: '0002',
};

export function sources(overrides: Partial<BriefSources> = {}): BriefSources {
  return {
    incident: incident(),
    timeline: [
      entry('2026-11-26T10:00:00.000Z', 'Declared SEV2', 'status-change'),
      entry('2026-11-26T11:00:00.000Z', 'Rolled back release 42'),
      entry(
        '2026-11-26T12:30:00.000Z',
        'Decision: fail over to the secondary acquirer',
        'decision',
      ),
    ],
    decisions: [],
    escalations: [],
    playbook: {
      id: 'pb-outage',
      name: 'Major service outage',
      incidentType: 'availability',
      steps: [
        {
          id: 'bridge',
          title: 'Open the bridge',
          ownerRole: 'incident-commander',
          expectedMinutes: 10,
          checklist: [],
        },
        {
          id: 'comms',
          title: 'Tell customers',
          ownerRole: 'communications-lead',
          expectedMinutes: 30,
          checklist: [],
        },
        {
          id: 'rollback',
          title: 'Roll back',
          ownerRole: 'operations',
          expectedMinutes: 600,
          checklist: [],
        },
      ],
    },
    people: new Map([
      ['ada', { displayName: 'Ada Commander' }],
      ['dana', { displayName: 'Dana Ruiz' }],
      [
        'sam',
        {
          displayName: 'Sam Okoro',
          availability: { status: 'away', since: '2026-11-26T13:00:00.000Z' },
        },
      ],
      ['kwame', { displayName: 'Kwame Asante' }],
    ]) as BriefSources['people'],
    roleLabels: {},
    services: [
      { id: 'payments-gateway', name: 'Payments gateway', ownerTeam: 'Payments Engineering' },
    ],
    outgoingLeadId: 'ada',
    incomingLeadId: 'dana',
    shiftEndsAt: '2026-11-26T14:00:00.000Z',
    now: NOW,
    ...overrides,
  };
}

/** A brief as stored after acknowledgement, drafted from `from`. */
export function acknowledgedBrief(from: BriefSources, acknowledgedAt: string): HandoffDoc {
  const { coversFrom, changes, ...sections } = draftBrief(from);
  return {
    id: 'hb-1',
    incidentId: 'inc-1',
    number: 1,
    status: 'acknowledged',
    outgoingLeadId: from.outgoingLeadId,
    incomingLeadId: from.incomingLeadId,
    incident: {
      reference: from.incident.reference,
      title: from.incident.title,
      severity: from.incident.severity,
      status: from.incident.status,
      type: from.incident.type,
    },
    coversFrom,
    ...sections,
    changes,
    draftedAt: from.now.toISOString(),
    updatedAt: acknowledgedAt,
    submittedAt: acknowledgedAt,
    acknowledgedAt,
    hlc: '0003',
  };
}
