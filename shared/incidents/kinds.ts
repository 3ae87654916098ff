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

/** Incidents, their shared timeline and the decision log. */
export const incidentKinds = {
  incidents: defineKind({
    name: 'incidents',
    noun: 'incident',
    shape: incidentShape,
    version: 0,
    appendOnly: false,
    storage: { collection: 'own', indexes: ['declaredAt', ['status', 'declaredAt']] },
    merge: incidentRule,
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
};
