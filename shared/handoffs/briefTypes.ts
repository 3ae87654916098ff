import type { DecisionDoc } from '../schema/decision.ts';
import type { EscalationDoc } from '../schema/escalation.ts';
import type { BriefItem, HandoffDoc, OrganisationLine } from '../schema/handoff.ts';
import type { IncidentDoc } from '../schema/incident.ts';
import type { PersonDoc } from '../schema/person.ts';
import type { TimelineEntryDoc } from '../schema/timelineEntry.ts';
import type { Playbook } from '../playbooks/index.ts';

export type { BriefItem, OrganisationLine };

/** The ICS 201 sections of a brief, as stored on the handoff document. */
export interface BriefSections {
  situation: string;
  objectives: BriefItem[];
  actions: BriefItem[];
  organisation: OrganisationLine[];
  resources: BriefItem[];
  openTasks: BriefItem[];
  pendingDecisions: BriefItem[];
  risks: BriefItem[];
  nextUpdates: BriefItem[];
  note: string;
}

export const LIST_SECTIONS = [
  'objectives',
  'actions',
  'resources',
  'openTasks',
  'pendingDecisions',
  'risks',
  'nextUpdates',
] as const;
export type ListSection = (typeof LIST_SECTIONS)[number];

/** Section titles, numbered as in the ICS 201 layout the brief follows. */
export const SECTION_TITLES: Record<ListSection | 'situation' | 'organisation' | 'note', string> = {
  situation: 'Situation summary',
  objectives: 'Current objectives',
  actions: 'Actions taken',
  organisation: 'Current organisation',
  resources: 'Resources and vendors engaged',
  openTasks: 'Open tasks and playbook steps',
  pendingDecisions: 'Pending decisions',
  risks: 'Risks and watch items',
  nextUpdates: 'Next scheduled updates',
  note: 'Note',
};

export interface ServiceLine {
  id: string;
  name: string;
  ownerTeam?: string;
}

/** Everything drafting reads: the incident's records, gathered by briefSources.ts. */
export interface BriefSources {
  incident: IncidentDoc;
  timeline: readonly TimelineEntryDoc[];
  decisions: readonly DecisionDoc[];
  escalations: readonly EscalationDoc[];
  /** The attached playbook's definition, when one is attached and still adopted. */
  playbook?: Playbook;
  /** The last acknowledged brief; drafting covers what happened since. */
  previous?: HandoffDoc;
  people: ReadonlyMap<string, Pick<PersonDoc, 'displayName' | 'availability'>>;
  roleLabels: Readonly<Record<string, string>>;
  services: readonly ServiceLine[];
  outgoingLeadId: string;
  incomingLeadId: string;
  shiftEndsAt?: string;
  /** Running stakeholder-update cadences: who is owed the next update, and when. */
  cadences?: readonly { audienceName: string; nextDueAt: string }[];
  now: Date;
}

/** A drafted brief: the sections, what changed since the previous brief, and what they cover. */
export interface DraftedBrief extends BriefSections {
  changes: string[];
  coversFrom: string;
}
