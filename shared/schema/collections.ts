import type { MigrationStrategies, RxCollection, RxDatabase, RxJsonSchema } from 'rxdb';
import { initialFieldClocks } from '../sync/fieldClocks.ts';
import { auditEntryMigrations, auditEntrySchema, type AuditEntryDoc } from './auditEntry.ts';
import { communicationSchema, type CommunicationDoc } from './communication.ts';
import { communicationLogSchema, type CommunicationLogDoc } from './communicationLog.ts';
import { decisionSchema, type DecisionDoc } from './decision.ts';
import { escalationSchema, type EscalationDoc } from './escalation.ts';
import { exerciseSchema, type ExerciseDoc } from './exercise.ts';
import { hlcField } from './fields.ts';
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

/** Each collection's schema as declared in its own file (before sync adds field clocks). */
const declaredSchemas: { [K in CollectionName]: RxJsonSchema<LanternDocs[K]> } = {
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

/**
 * Peer sync: every mutable collection (any not in APPEND_ONLY_COLLECTIONS)
 * gets a `fieldClocks` property — top-level field name → encoded HLC of the
 * command that last changed it (shared/sync/fieldClocks.ts). The executor
 * stamps it; nobody else writes it. Adding it bumps the declared version by
 * one, and the generic migration below gives documents written before it
 * their `hlc` on every field, so older data folders open and lose nothing.
 * New collections need nothing more than an entry above (and, if they are
 * append-only, in APPEND_ONLY_COLLECTIONS).
 */
const fieldClocksProperty = { type: 'object', additionalProperties: hlcField } as const;

export function isMutableCollection(name: CollectionName): boolean {
  return !APPEND_ONLY_COLLECTIONS.includes(name);
}

function withFieldClocks<T>(schema: RxJsonSchema<T>): RxJsonSchema<T> {
  return {
    ...schema,
    version: schema.version + 1,
    properties: { ...schema.properties, fieldClocks: fieldClocksProperty },
  } as RxJsonSchema<T>;
}

/** Migration strategies a collection declares itself, by collection. */
const declaredMigrations: Partial<Record<CollectionName, MigrationStrategies>> = {
  audit: auditEntryMigrations,
};

export const lanternSchemas = Object.fromEntries(
  Object.entries(declaredSchemas).map(([name, schema]) => [
    name,
    isMutableCollection(name as CollectionName)
      ? withFieldClocks(schema as RxJsonSchema<unknown>)
      : schema,
  ]),
) as typeof declaredSchemas;

export const lanternMigrations = Object.fromEntries(
  Object.entries(declaredSchemas).map(([name, schema]) => {
    const strategies: MigrationStrategies = { ...declaredMigrations[name as CollectionName] };
    if (isMutableCollection(name as CollectionName)) {
      const primaryKey = schema.primaryKey as string;
      strategies[schema.version + 1] = (doc: Record<string, unknown>) => ({
        ...doc,
        fieldClocks: initialFieldClocks(doc, primaryKey),
      });
    }
    return [name, strategies];
  }),
) as Record<CollectionName, MigrationStrategies>;

export const COLLECTION_NAMES = Object.keys(lanternSchemas) as CollectionName[];

export type LanternCollections = { [K in CollectionName]: RxCollection<LanternDocs[K]> };
export type LanternDatabase = RxDatabase<LanternCollections>;
