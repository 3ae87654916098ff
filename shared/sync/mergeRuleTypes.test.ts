import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeDocuments, stampFieldClocks, type SyncDocument } from './fieldClocks.ts';
import { assertConvergesKeepingEdits, type Facts } from './mergeProperties.testHelpers.ts';
import { byFields, listOf, objectOf, registersOnly, setOf } from './mergeRuleTypes.ts';

type Doc = Record<string, unknown>;
type Item = Record<string, unknown>;
const at = (ms: number, node = 'a') => `${String(ms).padStart(15, '0')}-000000-${node}`;
const itemsOf = (doc: Doc, field = 'items') => (doc[field] ?? []) as Item[];
const ids = fc.constantFrom('i0', 'i1', 'i2', 'i.3/x');

describe('register rule (property)', () => {
  const fields = ['title', 'status', 'summary'];
  it('concurrent field edits and removals converge; each field shows its latest acknowledged value', () => {
    assertConvergesKeepingEdits({
      rule: registersOnly,
      initial: { title: 0 },
      edit: fc.record({ field: fc.constantFrom(...fields), value: fc.option(fc.nat(5)) }),
      apply: (doc, e) => {
        if (e.value === null) Reflect.deleteProperty(doc, e.field);
        else doc[e.field] = e.value;
        return doc;
      },
      facts: (_before, _after, e): Facts => [[e.field, e.value ?? undefined]],
      observe: (doc) => new Map(fields.filter((f) => f in doc).map((f) => [f, doc[f]])),
    });
  });
});

describe('object rule (property)', () => {
  it('fields of a nested object edited on different replicas are all kept', () => {
    assertConvergesKeepingEdits({
      rule: objectOf({ settings: objectOf() }),
      initial: { settings: { a: 0 } },
      edit: fc.record({ field: fc.constantFrom('a', 'b', 'c'), value: fc.option(fc.nat(5)) }),
      apply: (doc, e) => {
        const settings = { ...(doc.settings as Item) };
        if (e.value === null) Reflect.deleteProperty(settings, e.field);
        else settings[e.field] = e.value;
        return { ...doc, settings };
      },
      facts: (_before, _after, e): Facts => [[`settings.${e.field}`, e.value ?? undefined]],
      observe: (doc) =>
        new Map(Object.entries(doc.settings as Item).map(([f, v]) => [`settings.${f}`, v])),
    });
  });
});

type ListEdit = { action: 'add' | 'edit' | 'remove'; id: string; value: number };
const listEdit = fc.record({
  action: fc.constantFrom('add' as const, 'edit' as const, 'remove' as const),
  id: ids,
  value: fc.nat(5),
});

describe('keyed list of registers (property)', () => {
  it('concurrent adds, edits and removes of items: every addition kept unless a later removal', () => {
    assertConvergesKeepingEdits<ListEdit>({
      rule: objectOf({ items: listOf({ key: (i) => String(i.id), order: byFields('at') }) }),
      initial: { items: [{ id: 'i0', value: 0, at: 'a' }] },
      edit: listEdit,
      apply: (doc, e, now) => {
        const items = itemsOf(doc);
        const held = items.some((i) => i.id === e.id);
        if (e.action === 'add' && !held)
          return { ...doc, items: [...items, { id: e.id, value: e.value, at: now }] };
        if (e.action === 'edit' && held)
          return {
            ...doc,
            items: items.map((i) => (i.id === e.id ? { ...i, value: e.value } : i)),
          };
        if (e.action === 'remove' && held)
          return { ...doc, items: items.filter((i) => i.id !== e.id) };
        return undefined;
      },
      facts: (_before, after, e): Facts => [
        [e.id, itemsOf(after).find((i) => i.id === e.id)?.value],
      ],
      observe: (doc) => new Map(itemsOf(doc).map((i) => [String(i.id), i.value])),
    });
  });
});

type FieldsEdit = { action: 'add' | 'status' | 'owner' | 'remove'; id: string; value: number };

describe('keyed list of objects (property)', () => {
  it('item fields changed on different replicas are all kept; removal and re-adding by clock', () => {
    assertConvergesKeepingEdits<FieldsEdit>({
      rule: objectOf({ items: listOf({ key: (i) => String(i.id), item: objectOf() }) }),
      initial: { items: [] },
      edit: fc.record({
        action: fc.constantFrom(
          'add' as const,
          'status' as const,
          'owner' as const,
          'remove' as const,
        ),
        id: ids,
        value: fc.nat(5),
      }),
      apply: (doc, e) => {
        const items = itemsOf(doc);
        const held = items.some((i) => i.id === e.id);
        if (e.action === 'add')
          return held
            ? undefined
            : { ...doc, items: [...items, { id: e.id, status: e.value, owner: e.value }] };
        if (!held) return undefined;
        if (e.action === 'remove') return { ...doc, items: items.filter((i) => i.id !== e.id) };
        return {
          ...doc,
          items: items.map((i) => (i.id === e.id ? { ...i, [e.action]: e.value } : i)),
        };
      },
      facts: (_before, _after, e): Facts => {
        if (e.action === 'remove') return [[e.id, undefined]];
        if (e.action === 'add')
          return [
            [e.id, true],
            [`${e.id}.status`, e.value],
            [`${e.id}.owner`, e.value],
          ];
        return [[`${e.id}.${e.action}`, e.value]];
      },
      observe: (doc) =>
        new Map(
          itemsOf(doc).flatMap((i) => [
            [String(i.id), true],
            [`${String(i.id)}.status`, i.status],
            [`${String(i.id)}.owner`, i.owner],
          ]),
        ),
    });
  });
});

describe('set of scalars (property)', () => {
  it('elements added and removed concurrently: each shows its latest acknowledged state', () => {
    assertConvergesKeepingEdits({
      rule: objectOf({ tags: setOf() }),
      initial: { tags: [1] },
      edit: fc.record({ element: fc.nat(5), present: fc.boolean() }),
      apply: (doc, e) => {
        const held = (doc.tags as number[]).includes(e.element);
        // Adding a tag that is there, or removing one that is not, changes nothing: the command refuses.
        if (held === e.present) return undefined;
        const tags = (doc.tags as number[]).filter((t) => t !== e.element);
        return { ...doc, tags: e.present ? [...tags, e.element] : tags };
      },
      facts: (_before, _after, e): Facts => [[String(e.element), e.present || undefined]],
      observe: (doc) => new Map((doc.tags as number[]).map((t) => [String(t), true])),
    });
  });
});

describe('keyed list with a single-holder slot (property)', () => {
  type SlotEdit = { action: 'appoint' | 'join' | 'leave'; person: string };
  const rule = objectOf({
    roles: listOf({
      key: (r) => `${String(r.role)}:${String(r.personId)}`,
      order: byFields('since'),
      slotOf: (key) => (key.startsWith('lead:') ? 'lead' : undefined),
    }),
  });
  it('the latest appointment holds the slot; members are kept', () => {
    assertConvergesKeepingEdits<SlotEdit>({
      rule,
      initial: { roles: [{ role: 'lead', personId: 'p0', since: 'a' }] },
      edit: fc.record({
        action: fc.constantFrom('appoint' as const, 'join' as const, 'leave' as const),
        person: fc.constantFrom('p0', 'p1', 'p2', 'p3'),
      }),
      apply: (doc, e, now) => {
        const roles = itemsOf(doc, 'roles');
        const holds = (role: string) =>
          roles.some((r) => r.role === role && r.personId === e.person);
        if (e.action === 'appoint' && !holds('lead'))
          return {
            ...doc,
            roles: [
              ...roles.filter((r) => r.role !== 'lead'),
              { role: 'lead', personId: e.person, since: now },
            ],
          };
        if (e.action === 'join' && !holds('member'))
          return { ...doc, roles: [...roles, { role: 'member', personId: e.person, since: now }] };
        if (e.action === 'leave' && holds('member'))
          return {
            ...doc,
            roles: roles.filter((r) => !(r.role === 'member' && r.personId === e.person)),
          };
        return undefined;
      },
      facts: (_before, _after, e): Facts =>
        e.action === 'appoint'
          ? [['lead', e.person]]
          : [[`member:${e.person}`, e.action === 'join' || undefined]],
      observe: (doc) => {
        const roles = itemsOf(doc, 'roles');
        const leads = roles.filter((r) => r.role === 'lead');
        expect(leads.length).toBeLessThanOrEqual(1);
        return new Map([
          ...leads.map((r): [string, unknown] => ['lead', r.personId]),
          ...roles
            .filter((r) => r.role === 'member')
            .map((r): [string, unknown] => [`member:${String(r.personId)}`, true]),
        ]);
      },
    });
  });
});

describe('documents from before per-item clocks', () => {
  const rule = objectOf({ items: listOf({ key: (i) => String(i.id) }) });
  const legacy: SyncDocument = {
    id: 'd',
    items: [{ id: 'a' }, { id: 'b' }],
    fieldClocks: { items: at(10) },
  };
  it('reads a whole-list clock as every item stamped with it', () => {
    const removed: SyncDocument = { ...legacy, items: [{ id: 'a' }] };
    removed.fieldClocks = stampFieldClocks(legacy, removed, at(20, 'b'), 'id', rule);
    expect(removed.fieldClocks).toEqual({ items: at(10), 'items/b': at(20, 'b') });
    const added: SyncDocument = { ...legacy, items: [{ id: 'a' }, { id: 'b' }, { id: 'c' }] };
    added.fieldClocks = stampFieldClocks(legacy, added, at(15, 'c'), 'id', rule);
    const merged = mergeDocuments(removed, added, 'id', rule);
    expect(merged.items).toEqual([{ id: 'a' }, { id: 'c' }]);
    expect(mergeDocuments(added, removed, 'id', rule)).toEqual(merged);
  });
  it('lets an old whole-list write remove items stamped before it, and keeps later ones', () => {
    const newer: SyncDocument = {
      id: 'd',
      items: [{ id: 'a' }, { id: 'x' }, { id: 'y' }],
      fieldClocks: { items: at(10), 'items/x': at(5), 'items/y': at(30) },
    };
    const oldWrite: SyncDocument = {
      id: 'd',
      items: [{ id: 'a' }],
      fieldClocks: { items: at(20) },
    };
    expect(mergeDocuments(newer, oldWrite, 'id', rule).items).toEqual([{ id: 'a' }, { id: 'y' }]);
  });
});

describe('clock paths', () => {
  it('escapes keys so an id with . or / cannot reach another path', () => {
    const rule = objectOf({ items: listOf({ key: (i) => String(i.id), item: objectOf() }) });
    const next: SyncDocument = { id: 'd', items: [{ id: 'a.b/c', v: 1 }] };
    expect(stampFieldClocks(undefined, next, at(1), 'id', rule)).toEqual({
      'items/a%2Eb%2Fc': at(1),
    });
  });
  it('stamps one checklist tick at its own path, nothing above it', () => {
    const rule = objectOf({
      playbook: objectOf({
        steps: listOf({ key: (s) => String(s.stepId), item: objectOf({ checkedItems: setOf() }) }),
      }),
    });
    const before: SyncDocument = {
      id: 'd',
      playbook: { name: 'p', steps: [{ stepId: 's1', checkedItems: [] }] },
      fieldClocks: { playbook: at(1) },
    };
    const after: SyncDocument = {
      ...before,
      playbook: { name: 'p', steps: [{ stepId: 's1', checkedItems: [2] }] },
    };
    expect(stampFieldClocks(before, after, at(2), 'id', rule)).toEqual({
      playbook: at(1),
      'playbook.steps/s1.checkedItems/2': at(2),
    });
  });
  it('stores no empty list where the rule says so', () => {
    const rule = objectOf({ admins: setOf({ omitWhenEmpty: true }) });
    const a: SyncDocument = {
      id: 'd',
      admins: ['x'],
      fieldClocks: { 'admins/x': at(1), 'admins/y': at(2) },
    };
    const b: SyncDocument = {
      id: 'd',
      admins: ['y'],
      fieldClocks: { 'admins/x': at(3), 'admins/y': at(1) },
    };
    expect(mergeDocuments(a, b, 'id', rule)).not.toHaveProperty('admins');
  });
});
