import {
  byFields,
  listOf,
  objectOf,
  registersOnly,
  setOf,
  type ObjectRule,
} from './mergeRuleTypes.ts';

/**
 * Each kind's merge rule, by kind name (today's collection names). Fields not
 * named are registers: the later clock wins. docs/sync.md has the table and
 * the reasons; keep the two together.
 *
 * The rules may use only what is in the two versions being merged: a rule
 * that read the command structure or any other document could answer
 * differently on peers that hold different versions of it, and they would
 * never converge. That is why only the Incident Commander is a single-holder
 * slot here: it is one holder by the domain (transferCommand), while other
 * roles' limits are each organisation's configuration.
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

const exerciseRule = objectOf({
  injects: listOf({ key: (inject) => String(inject.number), order: byFields('number') }),
  addedInjects: listOf({ key: (inject) => String(inject.number), order: byFields('number') }),
  /** One rating per evaluator and objective (rating again replaces one's own). */
  ratings: listOf({
    key: (rating) => `${String(rating.objectiveId)}:${String(rating.evaluatorId)}`,
    order: byFields('ratedAt'),
  }),
  hotWash: listOf({ key: (note) => String(note.id), order: byFields('at') }),
  /** One entry per person (joining again updates their role). */
  participants: listOf({
    key: (participant) => String(participant.personId),
    order: byFields('joinedAt'),
  }),
  /** Status, owner and due date of one item change independently. */
  improvementItems: listOf({
    key: (item) => String(item.id),
    item: objectOf(),
    order: byFields('createdAt'),
  }),
});

const organisationRule = objectOf({
  /** The rotation's settings merge field by field; covers are added and removed one by one. */
  rotation: objectOf({
    overrides: listOf({ key: (cover) => String(cover.id), order: byFields('start') }),
  }),
});

const communicationRule = objectOf({
  /** The sending node and people resolving deliveries change different deliveries. */
  deliveries: listOf({ key: (delivery) => String(delivery.key) }),
});

const workspaceRule = objectOf({
  /** Granted and revoked one by one; when concurrent revocations leave none, the creator administers. */
  administratorIds: setOf({ omitWhenEmpty: true }),
});

export const KIND_MERGE_RULES = {
  workspaces: workspaceRule,
  people: registersOnly,
  organisation: organisationRule,
  frameworks: registersOnly,
  incidents: incidentRule,
  escalations: registersOnly,
  communications: communicationRule,
  exercises: exerciseRule,
  handoffs: registersOnly,
  // Append-only kinds never merge (a stored entry never changes); listed so every kind has a rule.
  timeline: registersOnly,
  decisions: registersOnly,
  audit: registersOnly,
  communicationLog: registersOnly,
} as const satisfies Record<string, ObjectRule>;

/** The merge rule of a kind; a kind without one merges field by field (every field a register). */
export function mergeRuleFor(kindName: string): ObjectRule {
  return (KIND_MERGE_RULES as Record<string, ObjectRule>)[kindName] ?? registersOnly;
}
