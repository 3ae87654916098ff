import { frameworkShape } from '../schema/framework.ts';
import { organisationUnitShape } from '../schema/organisationUnit.ts';
import { personShape } from '../schema/person.ts';
import { workspaceShape } from '../schema/workspace.ts';
import { defineKind } from '../store/kind.ts';
import { byFields, listOf, objectOf, setOf } from '../sync/mergeRuleTypes.ts';

const workspaceRule = objectOf({
  /** Granted and revoked one by one; when concurrent revocations leave none, the creator administers. */
  administratorIds: setOf({ omitWhenEmpty: true }),
});

const organisationRule = objectOf({
  /** The rotation's settings merge field by field; covers are added and removed one by one. */
  rotation: objectOf({
    overrides: listOf({ key: (cover) => String(cover.id), order: byFields('start') }),
  }),
});

/** Version 1 added optional fields only; older documents are valid as they are. */
const addedOptionalFields = (previous: Record<string, unknown>) => previous;

/** The workspace, its people, its organisation and its response framework. */
export const workspaceKinds = {
  workspaces: defineKind({
    name: 'workspaces',
    noun: 'workspace',
    shape: workspaceShape,
    /** 1: timeDisplay. */
    version: 1,
    upgrades: { 1: addedOptionalFields },
    appendOnly: false,
    storage: { collection: 'records', columns: {} },
    merge: workspaceRule,
  }),
  people: defineKind({
    name: 'people',
    noun: 'person',
    shape: personShape,
    /** 1: timeDisplay. */
    version: 1,
    upgrades: { 1: addedOptionalFields },
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
    merge: organisationRule,
  }),
  frameworks: defineKind({
    name: 'frameworks',
    noun: 'framework',
    shape: frameworkShape,
    version: 0,
    appendOnly: false,
    storage: { collection: 'records', columns: { category: 'kind' } },
  }),
};
