import { pagingProfileShape } from '../schema/pagingProfile.ts';
import { defineKind } from '../store/kind.ts';
import { listOf, objectOf } from '../sync/mergeRuleTypes.ts';

/** Methods and rules are added and changed one by one on different nodes: each merges on its own. */
const pagingProfileRule = objectOf({
  methods: listOf({ key: (method) => String(method.id) }),
  rules: listOf({ key: (rule) => String(rule.id) }),
});

/** A person's contact methods and notification rules (pages themselves are communications). */
export const pagingKinds = {
  pagingProfiles: defineKind({
    name: 'pagingProfiles',
    noun: 'contact methods',
    shape: pagingProfileShape,
    version: 0,
    appendOnly: false,
    storage: { collection: 'records', columns: {} },
    merge: pagingProfileRule,
  }),
};
