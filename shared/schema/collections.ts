import type { RxCollection, RxDatabase, RxJsonSchema } from 'rxdb';
import { auditEntrySchema, type AuditEntryDoc } from './auditEntry.ts';
import { communicationSchema, type CommunicationDoc } from './communication.ts';
import { communicationLogSchema, type CommunicationLogDoc } from './communicationLog.ts';
import { decisionSchema, type DecisionDoc } from './decision.ts';
import { escalationSchema, type EscalationDoc } from './escalation.ts';
import { exerciseSchema, type ExerciseDoc } from './exercise.ts';
import { incidentSchema, type IncidentDoc } from './incident.ts';
import { frameworkSchema, type FrameworkDoc } from './framework.ts';
import { handoffSchema, type HandoffDoc } from './handoff.ts';
import { organisationUnitSchema, type OrganisationUnitDoc } from './organisationUnit.ts';
import { personSchema, type PersonDoc } from './person.ts';
import { timelineEntrySchema, type TimelineEntryDoc } from './timelineEntry.ts';
import { workspaceSchema, type WorkspaceDoc } from './workspace.ts';

/**
 * Every collection's document type, by collection name. RxDB's open-source
 * build allows 13 open collections per process: group related kinds into one
 * collection (see organisationUnit.ts, framework.ts) rather than adding many.
 *
 * The budget, all 13 spoken for: the nine below, then `communications`
 * (messages, cadence and outbox state) and `communicationLog` (append-only),
 * `handoffs` (briefs) and `exercises` (exercise runs). Later modules
 * (alerts, reviews, action items) need collections merged to make room.
 */
export interface LanternDocs {
  workspaces: WorkspaceDoc;
  people: PersonDoc;
  organisation: OrganisationUnitDoc;
  frameworks: FrameworkDoc;
  incidents: IncidentDoc;
  timeline: TimelineEntryDoc;
  decisions: DecisionDoc;
  escalations: EscalationDoc;
  audit: AuditEntryDoc;
  communications: CommunicationDoc;
  communicationLog: CommunicationLogDoc;
  exercises: ExerciseDoc;
  handoffs: HandoffDoc;
}
export type CollectionName = keyof LanternDocs;

export const lanternSchemas: { [K in CollectionName]: RxJsonSchema<LanternDocs[K]> } = {
  workspaces: workspaceSchema,
  people: personSchema,
  organisation: organisationUnitSchema,
  frameworks: frameworkSchema,
  incidents: incidentSchema,
  timeline: timelineEntrySchema,
  decisions: decisionSchema,
  escalations: escalationSchema,
  audit: auditEntrySchema,
  communications: communicationSchema,
  communicationLog: communicationLogSchema,
  exercises: exerciseSchema,
  handoffs: handoffSchema,
};

/** Collections whose documents are never updated or deleted once written. */
export const APPEND_ONLY_COLLECTIONS: readonly CollectionName[] = [
  'timeline',
  'decisions',
  'audit',
  'communicationLog',
];

export const COLLECTION_NAMES = Object.keys(lanternSchemas) as CollectionName[];

export type LanternCollections = { [K in CollectionName]: RxCollection<LanternDocs[K]> };
export type LanternDatabase = RxDatabase<LanternCollections>;
