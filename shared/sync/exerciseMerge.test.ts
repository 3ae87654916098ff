import fc from 'fast-check';
import { describe, it } from 'vitest';
import { assertConvergesKeepingEdits, type Facts } from './mergeProperties.testHelpers.ts';
import { mergeRuleFor } from './mergeRules.ts';

type Item = Record<string, unknown>;
const people = fc.constantFrom('p-kevin', 'p-maya', 'p-ana', 'p-olu');
const list = (doc: Item, field: string) => (doc[field] ?? []) as Item[];

describe('exercise participants, hot-wash notes and improvement items (property)', () => {
  type ExerciseEdit = {
    action: 'join' | 'note' | 'improve' | 'track';
    person: string;
    id: string;
    value: string;
  };
  it('joins, notes and improvement-plan changes on different replicas are all kept', () => {
    assertConvergesKeepingEdits<ExerciseEdit>({
      rule: mergeRuleFor('exercises'),
      initial: { participants: [], hotWash: [], improvementItems: [], injects: [], ratings: [] },
      edit: fc.record({
        action: fc.constantFrom(
          'join' as const,
          'note' as const,
          'improve' as const,
          'track' as const,
        ),
        person: people,
        id: fc.constantFrom('x1', 'x2', 'x3'),
        value: fc.constantFrom('player', 'observer', 'open', 'done'),
      }),
      apply: (exercise, e, now) => {
        const participants = list(exercise, 'participants');
        const items = list(exercise, 'improvementItems');
        const notes = list(exercise, 'hotWash');
        if (e.action === 'join') {
          const previous = participants.find((p) => p.personId === e.person);
          const entry = {
            personId: e.person,
            exerciseRole: e.value,
            joinedAt: previous?.joinedAt ?? now,
          };
          return {
            ...exercise,
            participants: [...participants.filter((p) => p !== previous), entry],
          };
        }
        if (e.action === 'note')
          return notes.some((n) => n.id === e.id)
            ? undefined
            : {
                ...exercise,
                hotWash: [
                  ...notes,
                  { id: e.id, kind: 'note', text: e.value, authorId: e.person, at: now },
                ],
              };
        const item = items.find((i) => i.id === e.id);
        if (e.action === 'improve')
          return item
            ? undefined
            : {
                ...exercise,
                improvementItems: [
                  ...items,
                  {
                    id: e.id,
                    title: 't',
                    ownerId: e.person,
                    dueDate: '2026-12-31',
                    status: 'open',
                    createdAt: now,
                    updatedAt: now,
                  },
                ],
              };
        if (!item) return undefined;
        const changed =
          e.value === 'done' || e.value === 'open' ? { status: e.value } : { ownerId: e.person };
        return {
          ...exercise,
          improvementItems: items.map((i) => (i === item ? { ...i, ...changed } : i)),
        };
      },
      facts: (_before, _after, e): Facts => {
        if (e.action === 'join') return [[`participant:${e.person}`, e.value]];
        if (e.action === 'note') return [[`note:${e.id}`, e.value]];
        if (e.action === 'improve')
          return [
            [`item:${e.id}.status`, 'open'],
            [`item:${e.id}.ownerId`, e.person],
          ];
        return e.value === 'done' || e.value === 'open'
          ? [[`item:${e.id}.status`, e.value]]
          : [[`item:${e.id}.ownerId`, e.person]];
      },
      observe: (exercise) =>
        new Map<string, unknown>([
          ...list(exercise, 'participants').map((p): [string, unknown] => [
            `participant:${String(p.personId)}`,
            p.exerciseRole,
          ]),
          ...list(exercise, 'hotWash').map((n): [string, unknown] => [
            `note:${String(n.id)}`,
            n.text,
          ]),
          ...list(exercise, 'improvementItems').flatMap((i): [string, unknown][] => [
            [`item:${String(i.id)}.status`, i.status],
            [`item:${String(i.id)}.ownerId`, i.ownerId],
          ]),
        ]),
    });
  });
});
