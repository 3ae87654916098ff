import type { RxCollection, RxDatabase, RxJsonSchema } from 'rxdb';
import { auditEntrySchema, type AuditEntryDoc } from './auditEntry.ts';
import { incidentSchema, type IncidentDoc } from './incident.ts';
import { personSchema, type PersonDoc } from './person.ts';
import { playbookSchema, type PlaybookDoc } from './playbook.ts';
import { rotationSchema, type RotationDoc } from './rotation.ts';
import { serviceSchema, type ServiceDoc } from './service.ts';
import { teamSchema, type TeamDoc } from './team.ts';
import { timelineEntrySchema, type TimelineEntryDoc } from './timelineEntry.ts';
import { workspaceSchema, type WorkspaceDoc } from './workspace.ts';

/** Every collection's document type, by collection name. */
export interface LanternDocs {
  workspaces: WorkspaceDoc;
  people: PersonDoc;
  teams: TeamDoc;
  services: ServiceDoc;
  rotations: RotationDoc;
  playbooks: PlaybookDoc;
  incidents: IncidentDoc;
  timeline: TimelineEntryDoc;
  audit: AuditEntryDoc;
}
export type CollectionName = keyof LanternDocs;

export const lanternSchemas: { [K in CollectionName]: RxJsonSchema<LanternDocs[K]> } = {
  workspaces: workspaceSchema,
  people: personSchema,
  teams: teamSchema,
  services: serviceSchema,
  rotations: rotationSchema,
  playbooks: playbookSchema,
  incidents: incidentSchema,
  timeline: timelineEntrySchema,
  audit: auditEntrySchema,
};

/** Collections whose documents are never updated or deleted once written. */
export const APPEND_ONLY_COLLECTIONS: readonly CollectionName[] = ['timeline', 'audit'];

export const COLLECTION_NAMES = Object.keys(lanternSchemas) as CollectionName[];

export type LanternCollections = { [K in CollectionName]: RxCollection<LanternDocs[K]> };
export type LanternDatabase = RxDatabase<LanternCollections>;
