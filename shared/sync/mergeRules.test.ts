import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CommandContext } from '../commands/command.ts';
import { rolesAfterCommandTransfer } from '../framework/commandTransfer.ts';
import { KIND_NAMES, lanternKinds } from '../store/kinds.ts';
import { assertConvergesKeepingEdits, type Facts } from './mergeProperties.testHelpers.ts';
import { mergeRuleFor } from './mergeRules.ts';
import { registersOnly } from './mergeRuleTypes.ts';

type Doc = Record<string, unknown>;
type Item = Record<string, unknown>;
const people = fc.constantFrom('p-kevin', 'p-maya', 'p-ana', 'p-olu');
const list = (doc: Doc, field: string) => (doc[field] ?? []) as Item[];

describe('every kind has a merge rule', () => {
  it('comes from each kind, and unknown kinds merge field by field', () => {
    for (const kind of KIND_NAMES) expect(mergeRuleFor(kind), kind).toBe(lanternKinds[kind].merge);
    expect(mergeRuleFor('incidents')).not.toBe(registersOnly);
    expect(mergeRuleFor('a-kind-nobody-declared')).toBe(registersOnly);
  });
});

describe('incident roles (property)', () => {
  type RoleEdit = { action: 'assign' | 'release' | 'transfer'; person: string };
  const SME = 'subject-matter-expert';
  const COMMANDER = 'incident-commander';
  it('concurrent SME assignments and releases are all kept; the latest transfer holds command', () => {
    assertConvergesKeepingEdits<RoleEdit>({
      rule: mergeRuleFor('incidents'),
      initial: {
        title: 'Payments down',
        roles: [{ role: COMMANDER, personId: 'p-ana', since: 't0', assignedBy: 'p-ana' }],
      },
      edit: fc.record({
        action: fc.constantFrom('assign' as const, 'release' as const, 'transfer' as const),
        person: people,
      }),
      apply: (incident, e, now) => {
        const roles = list(incident, 'roles');
        const holds = (role: string) =>
          roles.some((r) => r.role === role && r.personId === e.person);
        if (e.action === 'transfer') {
          if (holds(COMMANDER)) return undefined;
          const context = { now: new Date(now), actor: { kind: 'person', id: 'p-ana' } };
          const after = rolesAfterCommandTransfer(
            roles as never,
            e.person,
            context as CommandContext,
          );
          return { ...incident, roles: after.roles };
        }
        if (e.action === 'assign' && !holds(SME))
          return {
            ...incident,
            roles: [...roles, { role: SME, personId: e.person, since: now, assignedBy: 'p-ana' }],
          };
        if (e.action === 'release' && holds(SME))
          return {
            ...incident,
            roles: roles.filter((r) => !(r.role === SME && r.personId === e.person)),
          };
        return undefined;
      },
      facts: (_before, _after, e): Facts =>
        e.action === 'transfer'
          ? [['commander', e.person]]
          : [[`sme:${e.person}`, e.action === 'assign' || undefined]],
      observe: (incident) => {
        const roles = list(incident, 'roles');
        const commanders = roles.filter((r) => r.role === COMMANDER);
        expect(commanders.length).toBe(1);
        return new Map<string, unknown>([
          ['commander', commanders[0]?.personId],
          ...roles
            .filter((r) => r.role === SME)
            .map((r): [string, unknown] => [`sme:${String(r.personId)}`, true]),
        ]);
      },
    });
  });
});

describe('playbook progress (property)', () => {
  type StepEdit = { action: 'check' | 'uncheck' | 'complete'; step: string; item: number };
  const steps = ['declare-and-assemble', 'stabilise', 'stand-down'];
  const stepsOf = (incident: Doc) => (incident.playbook as { steps: Item[] }).steps;
  it('ticks and completions of steps on different replicas are all kept', () => {
    assertConvergesKeepingEdits<StepEdit>({
      rule: mergeRuleFor('incidents'),
      initial: {
        playbook: {
          frameworkId: 'pb-outage',
          name: 'Major service outage',
          attachedAt: 't0',
          steps: steps.map((stepId) => ({ stepId, checkedItems: [] })),
        },
      },
      edit: fc.record({
        action: fc.constantFrom('check' as const, 'uncheck' as const, 'complete' as const),
        step: fc.constantFrom(...steps),
        item: fc.nat(3),
      }),
      apply: (incident, e, now) => {
        const playbook = incident.playbook as Item;
        const record = stepsOf(incident).find((s) => s.stepId === e.step) as Item;
        if (e.action === 'complete' && record.completedAt) return undefined;
        const checked = (record.checkedItems as number[]).filter((i) => i !== e.item);
        const changed =
          e.action === 'complete'
            ? { ...record, completedAt: now, completedBy: 'p-maya' }
            : {
                ...record,
                checkedItems: (e.action === 'check' ? [...checked, e.item] : checked).toSorted(
                  (a, b) => a - b,
                ),
              };
        const next = stepsOf(incident).map((s) => (s.stepId === e.step ? changed : s));
        return { ...incident, playbook: { ...playbook, steps: next } };
      },
      facts: (_before, after, e): Facts => {
        if (e.action !== 'complete')
          return [[`${e.step}:${e.item}`, e.action === 'check' || undefined]];
        const record = stepsOf(after).find((s) => s.stepId === e.step) as Item;
        return [[`${e.step}.completedAt`, record.completedAt]];
      },
      observe: (incident) => {
        expect(
          stepsOf(incident)
            .map((s) => s.stepId)
            .sort(),
        ).toEqual([...steps].sort());
        return new Map<string, unknown>(
          stepsOf(incident).flatMap((s): [string, unknown][] => [
            ...(s.completedAt
              ? [[`${String(s.stepId)}.completedAt`, s.completedAt] as [string, unknown]]
              : []),
            ...(s.checkedItems as number[]).map((i): [string, unknown] => [
              `${String(s.stepId)}:${i}`,
              true,
            ]),
          ]),
        );
      },
    });
  });
});

describe('on-call covers (property)', () => {
  type CoverEdit = {
    action: 'cover' | 'uncover' | 'shift';
    cover: string;
    person: string;
    hours: number;
  };
  const rotationOf = (unit: Doc) => unit.rotation as Item;
  it('covers added and removed on different replicas are kept, with rotation settings edited alongside', () => {
    assertConvergesKeepingEdits<CoverEdit>({
      rule: mergeRuleFor('organisation'),
      initial: {
        kind: 'rotation',
        name: 'Payments primary',
        rotation: { teamId: 't-pay', shiftHours: 168, participantIds: ['p-ana'], overrides: [] },
      },
      edit: fc.record({
        action: fc.constantFrom('cover' as const, 'uncover' as const, 'shift' as const),
        cover: fc.constantFrom('cover-1', 'cover-2', 'cover-3'),
        person: people,
        hours: fc.constantFrom(12, 24, 168),
      }),
      apply: (unit, e, now) => {
        const rotation = rotationOf(unit);
        const overrides = list(rotation, 'overrides');
        const held = overrides.some((o) => o.id === e.cover);
        if (e.action === 'shift')
          return { ...unit, rotation: { ...rotation, shiftHours: e.hours } };
        if (e.action === 'cover' && !held)
          return {
            ...unit,
            rotation: {
              ...rotation,
              overrides: [...overrides, { id: e.cover, personId: e.person, start: now, end: now }],
            },
          };
        if (e.action === 'uncover' && held)
          return {
            ...unit,
            rotation: { ...rotation, overrides: overrides.filter((o) => o.id !== e.cover) },
          };
        return undefined;
      },
      facts: (_before, _after, e): Facts => {
        if (e.action === 'shift') return [['shiftHours', e.hours]];
        return [[e.cover, e.action === 'cover' ? e.person : undefined]];
      },
      observe: (unit) => {
        const rotation = rotationOf(unit);
        return new Map<string, unknown>([
          ['shiftHours', rotation.shiftHours],
          ...list(rotation, 'overrides').map((o): [string, unknown] => [String(o.id), o.personId]),
        ]);
      },
    });
  });
});
