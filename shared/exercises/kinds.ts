import { exerciseShape } from '../schema/exercise.ts';
import { defineKind } from '../store/kind.ts';
import { byFields, listOf, objectOf } from '../sync/mergeRuleTypes.ts';

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

/** Version 1 added optional fields only; older documents are valid as they are. */
const addedOptionalFields = (previous: Record<string, unknown>) => previous;

/** Exercise runs. */
export const exerciseKinds = {
  exercises: defineKind({
    name: 'exercises',
    noun: 'exercise',
    shape: exerciseShape,
    /** 1: realWorldStop. */
    version: 1,
    upgrades: { 1: addedOptionalFields },
    appendOnly: false,
    storage: { collection: 'records', columns: { scope: 'incidentId' } },
    merge: exerciseRule,
  }),
};
