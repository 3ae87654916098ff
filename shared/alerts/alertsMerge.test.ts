import fc from 'fast-check';
import { describe, it } from 'vitest';
import type { AlertDoc, AlertStatus } from '../schema/alert.ts';
import { assertConvergesKeepingEdits, type Facts } from '../sync/mergeProperties.testHelpers.ts';
import { mergeRuleFor } from '../sync/mergeRules.ts';
import { chooseEpisode, foldAlertEvent } from './dedup.ts';

type Doc = Record<string, unknown>;

/** What a command asserted: the fields it changed (a field it left alone keeps its older clock). */
function changedFields(before: Doc, after: Doc, fields: readonly string[]): Facts {
  return fields
    .filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]))
    .map((field) => [field, after[field]]);
}

function observe(fields: readonly string[]) {
  return (doc: Doc) => new Map<string, unknown>(fields.map((field) => [field, doc[field]]));
}

const ALERT_FIELDS = [
  'status',
  'summary',
  'severity',
  'count',
  'lastSeenAt',
  'resolvedAt',
  'endsAt',
];

const openAlert: AlertDoc = {
  id: 'doc',
  integrationId: 'int-1',
  hlc: '',
  dedupKey: 'fp-1',
  episode: 1,
  source: 'alertmanager',
  status: 'firing',
  severity: 'critical',
  summary: 'Checkout down',
  labels: {},
  startsAt: '2026-11-26T10:00:00.000Z',
  links: [],
  count: 1,
  firstSeenAt: '2026-11-26T10:00:00.000Z',
  lastSeenAt: '2026-11-26T10:00:00.000Z',
  raw: {},
};

describe('alerts and integrations merge across three replicas (property)', () => {
  it('the same alert taken on three nodes converges, each node’s latest event kept field by field', () => {
    type AlertEdit = { status: AlertStatus; summary: string };
    assertConvergesKeepingEdits<AlertEdit>({
      rule: mergeRuleFor('alerts'),
      initial: openAlert,
      edit: fc.record({
        status: fc.constantFrom<AlertStatus>('firing', 'acknowledged', 'resolved'),
        summary: fc.constantFrom('Checkout down', 'Checkout slow', 'Checkout erroring'),
      }),
      apply: (doc, edit, now) => {
        const alert = doc as unknown as AlertDoc;
        const event = { ...openAlert, ...edit, source: 'alertmanager' as const, raw: {} };
        const choice = chooseEpisode(alert, {
          source: event.source,
          dedupKey: event.dedupKey,
          status: event.status,
          severity: event.severity,
          summary: event.summary,
          labels: {},
          startsAt: event.startsAt,
          links: [],
          raw: {},
        });
        // A trigger after a resolve is a new episode: another document.
        if (!choice.continues) return undefined;
        const context = { id: 'doc', integrationId: 'int-1', episode: 1, now, hlc: now };
        return foldAlertEvent(
          alert,
          { ...event, labels: {}, links: [] },
          context,
        ) as unknown as Doc;
      },
      facts: (before, after) => changedFields(before, after, ALERT_FIELDS),
      observe: observe(ALERT_FIELDS),
    });
  });

  it('revocations and last-seen times of an integration merge on every replica', () => {
    const FIELDS = ['status', 'revokedReason', 'lastSeenAt', 'name'];
    type IntegrationEdit = { action: 'seen' | 'revoke' | 'rename'; value: string };
    assertConvergesKeepingEdits<IntegrationEdit>({
      rule: mergeRuleFor('alertIntegrations'),
      initial: { id: 'doc', name: 'Prometheus', status: 'active', source: 'alertmanager' },
      edit: fc.record({
        action: fc.constantFrom('seen' as const, 'revoke' as const, 'rename' as const),
        value: fc.constantFrom('a', 'b', 'c'),
      }),
      apply: (doc, edit, now) => {
        if (edit.action === 'seen') return { ...doc, lastSeenAt: now };
        if (edit.action === 'rename') return { ...doc, name: `Prometheus ${edit.value}` };
        return doc.status === 'revoked'
          ? undefined
          : { ...doc, status: 'revoked', revokedReason: edit.value, revokedAt: now };
      },
      facts: (before, after) => changedFields(before, after, FIELDS),
      observe: observe(FIELDS),
    });
  });

  it('a window renamed, re-timed and ended early on three replicas converges, keeping each edit', () => {
    const FIELDS = ['name', 'endsAt', 'status', 'endedAt', 'endedReason'];
    type WindowEdit = { action: 'rename' | 'extend' | 'end'; value: string };
    assertConvergesKeepingEdits<WindowEdit>({
      rule: mergeRuleFor('maintenanceWindows'),
      initial: {
        id: 'doc',
        name: 'Upgrade',
        services: ['checkout'],
        labels: [],
        startsAt: '2026-11-26T09:00:00.000Z',
        endsAt: '2026-11-26T12:00:00.000Z',
        status: 'scheduled',
      },
      edit: fc.record({
        action: fc.constantFrom('rename' as const, 'extend' as const, 'end' as const),
        value: fc.constantFrom('a', 'b', 'c'),
      }),
      apply: (doc, edit, now) => {
        if (edit.action === 'rename') return { ...doc, name: `Upgrade ${edit.value}` };
        if (edit.action === 'extend')
          return { ...doc, endsAt: `2026-11-26T1${edit.value === 'a' ? 3 : 4}:00:00.000Z` };
        return doc.status === 'endedEarly'
          ? undefined
          : { ...doc, status: 'endedEarly', endedAt: now, endedReason: edit.value };
      },
      facts: (before, after) => changedFields(before, after, FIELDS),
      observe: observe(FIELDS),
    });
  });

  it('an incident candidate decided on three replicas converges on one decision per field', () => {
    const FIELDS = ['status', 'dismissReason', 'incidentId', 'title'];
    type Decision = { action: 'accept' | 'dismiss' | 'retitle'; value: string };
    assertConvergesKeepingEdits<Decision>({
      rule: mergeRuleFor('triageCandidates'),
      initial: { id: 'doc', alertId: 'a-1', title: 'Checkout down', status: 'open' },
      edit: fc.record({
        action: fc.constantFrom('accept' as const, 'dismiss' as const, 'retitle' as const),
        value: fc.constantFrom('a', 'b', 'c'),
      }),
      apply: (doc, edit) => {
        if (edit.action === 'retitle') return { ...doc, title: `Checkout ${edit.value}` };
        if (doc.status !== 'open') return undefined;
        return edit.action === 'accept'
          ? { ...doc, status: 'accepted', incidentId: `inc-${edit.value}` }
          : { ...doc, status: 'dismissed', dismissReason: edit.value };
      },
      facts: (before, after) => changedFields(before, after, FIELDS),
      observe: observe(FIELDS),
    });
  });
});
