import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALERT_SOURCES, normalisedAlertShape, type AlertSource } from '../../schema/alert.ts';
import { AlertPayloadError, alertAdapters } from './index.ts';
import * as fixtures from './fixtures.testHelpers.ts';

const receivedAt = '2026-11-26T10:45:00.000Z';

const examples: Record<AlertSource, unknown[]> = {
  alertmanager: [fixtures.alertmanagerFiring],
  grafana: [fixtures.grafanaFiring],
  pagerduty: [fixtures.pagerdutyTrigger, fixtures.pagerdutyResolve],
  datadog: [fixtures.datadogTriggered, fixtures.datadogRecovered],
  cloudwatch: [
    fixtures.snsNotification(fixtures.cloudwatchAlarm),
    fixtures.snsSubscriptionConfirmation,
  ],
  azure: [fixtures.azureMetricFired],
  opsgenie: [fixtures.opsgenieCreate, fixtures.opsgenieWebhookClose],
  zabbix: [fixtures.zabbixProblem, fixtures.zabbixRecovery],
  nagios: [fixtures.nagiosServiceProblem, fixtures.nagiosHostDownForm],
  generic: [fixtures.genericAlert],
};

/** Runs an adapter: it either answers valid alerts or refuses with a field; anything else fails. */
function outcome(source: AlertSource, payload: unknown): 'accepted' | 'refused' {
  try {
    const result = alertAdapters[source](payload, receivedAt);
    if (result.kind === 'alerts')
      for (const alert of result.alerts) normalisedAlertShape.parse(alert);
    return 'accepted';
  } catch (error) {
    if (error instanceof AlertPayloadError) return 'refused';
    throw error;
  }
}

/** A copy of `value` with one random field, at a random object in it, replaced or added. */
function variant(value: unknown, path: number[], key: string, replacement: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
  let node: unknown = copy;
  for (const step of path) {
    const children = node && typeof node === 'object' ? Object.values(node) : [];
    const objects = children.filter((child) => child !== null && typeof child === 'object');
    if (objects.length === 0) break;
    node = objects[step % objects.length];
  }
  if (node && typeof node === 'object' && !Array.isArray(node)) {
    const keys = Object.keys(node);
    const target =
      keys.length > 0 && key.length % 2 === 0 ? (keys[key.length % keys.length] ?? key) : key;
    (node as Record<string, unknown>)[target] = replacement;
  }
  return copy;
}

const source = fc.constantFrom(...ALERT_SOURCES);

describe('every adapter, on random input', () => {
  it('answers valid alerts or a named refusal for any JSON value, never a crash', () => {
    fc.assert(
      fc.property(source, fc.jsonValue(), (name, payload) => {
        outcome(name, payload);
      }),
      { numRuns: 2000 },
    );
  });

  it('answers valid alerts or a named refusal for random variants of the documented examples', () => {
    fc.assert(
      fc.property(
        source,
        fc.nat(),
        fc.array(fc.nat(), { maxLength: 4 }),
        fc.string({ maxLength: 12 }),
        fc.oneof(fc.jsonValue(), fc.constant(undefined), fc.string(), fc.constant('{EVENT.ID}')),
        (name, which, path, key, replacement) => {
          const example = examples[name][which % examples[name].length];
          outcome(name, variant(example, path, key, replacement));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('maps a documented example the same way whatever unknown fields are added to it', () => {
    fc.assert(
      fc.property(
        source,
        fc.nat(),
        fc.dictionary(
          fc.string({ minLength: 1, maxLength: 10 }).map((k) => `x_${k}`),
          fc.jsonValue(),
          {
            maxKeys: 5,
          },
        ),
        (name, which, extra) => {
          const example = examples[name][which % examples[name].length] as Record<string, unknown>;
          const plain = alertAdapters[name](example, receivedAt);
          const extended = alertAdapters[name]({ ...example, ...extra }, receivedAt);
          const withoutRaw = (result: typeof plain) =>
            result.kind === 'alerts'
              ? result.alerts.map(({ raw: _raw, ...alert }) => alert)
              : result;
          expect(withoutRaw(extended)).toEqual(withoutRaw(plain));
        },
      ),
      { numRuns: 1000 },
    );
  });
});
