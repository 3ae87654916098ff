import { decisionShape } from '../schema/decision.ts';
import { incidentShape } from '../schema/incident.ts';
import { timelineEntryShape } from '../schema/timelineEntry.ts';
import { defineKind } from '../store/kind.ts';
import { byFields, listOf, objectOf, setOf } from '../sync/mergeRuleTypes.ts';

/**
 * Merge rules may use only what is in the two versions being merged: a rule
 * that read the command structure could answer differently on peers holding
 * different versions of it, and they would never converge. So only the
 * Incident Commander is a single-holder slot: one holder by the domain
 * (transferCommand); other roles' limits are each organisation's setting.
 */
const COMMANDER_SLOT = 'incident-commander';

const incidentRule = objectOf({
  /** Keyed by (role, person): several may hold one role (SMEs); assignment order. */
  roles: listOf({
    key: (role) => `${String(role.role)}:${String(role.personId)}`,
    order: byFields('since'),
    slotOf: (key) => (key.startsWith(`${COMMANDER_SLOT}:`) ? COMMANDER_SLOT : undefined),
  }),
  playbook: objectOf({
    /** Keyed by step; completion and each checklist tick merge on their own. */
    steps: listOf({
      key: (step) => String(step.stepId),
      item: objectOf({ checkedItems: setOf() }),
    }),
  }),
});

/** Version 1 added optional fields only; older documents are valid as they are. */
const addedOptionalFields = (previous: Record<string, unknown>) => previous;

/** Incidents, their shared timeline and the decision log. */
export const incidentKinds = {
  incidents: defineKind({
    name: 'incidents',
    noun: 'incident',
    shape: incidentShape,
    /** 1: impactStartedAt. */
    version: 1,
    upgrades: { 1: addedOptionalFields },
    appendOnly: false,
    storage: { collection: 'own', indexes: ['declaredAt', ['status', 'declaredAt']] },
    merge: incidentRule,
  }),
  timeline: defineKind({
    name: 'timeline',
    noun: 'timeline entry',
    shape: timelineEntryShape,
    /** 1: occurredAt (backdated entries). */
    version: 1,
    upgrades: { 1: addedOptionalFields },
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
};
