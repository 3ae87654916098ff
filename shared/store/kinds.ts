import { auditEntryShape } from '../schema/auditEntry.ts';
import { communicationShape } from '../schema/communication.ts';
import { communicationLogShape } from '../schema/communicationLog.ts';
import { decisionShape } from '../schema/decision.ts';
import { escalationShape } from '../schema/escalation.ts';
import { exerciseShape } from '../schema/exercise.ts';
import { frameworkShape } from '../schema/framework.ts';
import { handoffShape } from '../schema/handoff.ts';
import { incidentShape } from '../schema/incident.ts';
import { organisationUnitShape } from '../schema/organisationUnit.ts';
import { personShape } from '../schema/person.ts';
import { timelineEntryShape } from '../schema/timelineEntry.ts';
import { workspaceShape } from '../schema/workspace.ts';
import { defineKind, type KindDefinition, type KindDoc } from './kind.ts';

/**
 * Every kind of record, declared once: its shape, version, whether it is
 * append-only, and where it is stored. Kinds keep the names the collections
 * had before the records layout (docs/storage.md), so the audit trail's
 * `<kind>/<id>` references read the same in both layouts.
 */
export const lanternKinds = {
  workspaces: defineKind({
    name: 'workspaces',
    noun: 'workspace',
    shape: workspaceShape,
    version: 0,
    appendOnly: false,
    storage: { collection: 'records', columns: {} },
  }),
  people: defineKind({
    name: 'people',
    noun: 'person',
    shape: personShape,
    version: 0,
    appendOnly: false,
    storage: { collection: 'records', columns: {} },
  }),
  organisation: defineKind({
    name: 'organisation',
    noun: 'organisation unit',
    shape: organisationUnitShape,
    version: 0,
    appendOnly: false,
    storage: { collection: 'records', columns: { category: 'kind' } },
  }),
  frameworks: defineKind({
    name: 'frameworks',
    noun: 'framework',
    shape: frameworkShape,
    version: 0,
    appendOnly: false,
    storage: { collection: 'records', columns: { category: 'kind' } },
  }),
  incidents: defineKind({
    name: 'incidents',
    noun: 'incident',
    shape: incidentShape,
    version: 0,
    appendOnly: false,
    storage: { collection: 'own', indexes: ['declaredAt', ['status', 'declaredAt']] },
  }),
  timeline: defineKind({
    name: 'timeline',
    noun: 'timeline entry',
    shape: timelineEntryShape,
    version: 0,
    appendOnly: true,
    storage: { collection: 'own', indexes: [['incidentId', 'hlc']] },
  }),
  decisions: defineKind({
    name: 'decisions',
    noun: 'decision',
    shape: decisionShape,
    version: 0,
    appendOnly: true,
    storage: { collection: 'records', columns: { scope: 'incidentId' } },
  }),
  escalations: defineKind({
    name: 'escalations',
    noun: 'escalation',
    shape: escalationShape,
    version: 0,
    appendOnly: false,
    storage: {
      collection: 'records',
      columns: { scope: 'incidentId', status: 'status', dueAt: 'nextDueAt' },
    },
  }),
  audit: defineKind({
    name: 'audit',
    noun: 'audit entry',
    shape: auditEntryShape,
    // 1: documentHashes; entries before it keep exactly what they held (their hash covers it).
    version: 1,
    upgrades: { 1: (entry) => entry },
    appendOnly: true,
    storage: { collection: 'own', indexes: [['nodeId', 'seq']] },
  }),
  communications: defineKind({
    name: 'communications',
    noun: 'communication',
    shape: communicationShape,
    version: 0,
    appendOnly: false,
    storage: { collection: 'records', columns: { scope: 'incidentId', category: 'kind' } },
  }),
  communicationLog: defineKind({
    name: 'communicationLog',
    noun: 'communication log entry',
    shape: communicationLogShape,
    version: 0,
    appendOnly: true,
    storage: { collection: 'own', indexes: [['incidentId', 'hlc']] },
  }),
  exercises: defineKind({
    name: 'exercises',
    noun: 'exercise',
    shape: exerciseShape,
    version: 0,
    appendOnly: false,
    storage: { collection: 'records', columns: { scope: 'incidentId' } },
  }),
  handoffs: defineKind({
    name: 'handoffs',
    noun: 'handoff brief',
    shape: handoffShape,
    version: 0,
    appendOnly: false,
    storage: { collection: 'records', columns: { scope: 'incidentId', status: 'status' } },
  }),
} as const satisfies Record<string, KindDefinition>;

export type LanternKinds = typeof lanternKinds;
export type KindName = keyof LanternKinds;
/** Every kind's document type, by kind name. */
export type LanternDocs = { [K in KindName]: KindDoc<LanternKinds[K]> };

export const KIND_NAMES = Object.keys(lanternKinds) as KindName[];

export function isKindName(name: unknown): name is KindName {
  return typeof name === 'string' && Object.hasOwn(lanternKinds, name);
}

export function kindOf(name: KindName): KindDefinition {
  return lanternKinds[name];
}

export function isMutableKind(name: KindName): boolean {
  return !lanternKinds[name].appendOnly;
}
