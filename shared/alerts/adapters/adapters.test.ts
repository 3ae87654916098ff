import { describe, expect, it } from 'vitest';
import { normalisedAlertShape } from '../../schema/alert.ts';
import { AlertPayloadError, alertAdapters, type IntakeResult } from './index.ts';
import * as fixtures from './fixtures.testHelpers.ts';

const receivedAt = '2026-11-26T10:45:00.000Z';

function alertsOf(result: IntakeResult) {
  if (result.kind !== 'alerts') throw new Error(`expected alerts, got ${result.kind}`);
  for (const alert of result.alerts) normalisedAlertShape.parse(alert);
  return result.alerts;
}

function refusal(run: () => unknown): AlertPayloadError {
  try {
    run();
  } catch (error) {
    if (error instanceof AlertPayloadError) return error;
    throw error;
  }
  throw new Error('the payload was accepted');
}

describe('Alertmanager webhook v4', () => {
  it('maps each alert of the group, fingerprint as dedup key, severity label, zero end time dropped', () => {
    const [firing, resolved] = alertsOf(
      alertAdapters.alertmanager(fixtures.alertmanagerFiring, receivedAt),
    );
    expect(firing).toMatchObject({
      source: 'alertmanager',
      dedupKey: '3f2a9c1d0e7b6a55',
      status: 'firing',
      severity: 'critical',
      summary: 'Checkout is failing for 5 minutes',
      service: 'payments',
      component: 'checkout-1:8080',
      class: 'CheckoutDown',
      startsAt: '2026-11-26T09:00:00.123Z',
    });
    expect(firing?.endsAt).toBeUndefined();
    expect(firing?.links).toEqual([
      { href: 'http://prometheus.example.org:9090/graph?g0.expr=up', text: 'Source' },
    ]);
    expect(resolved).toMatchObject({
      status: 'resolved',
      severity: 'warning',
      summary: 'Disk /var is 91% full',
      service: 'node',
      endsAt: '2026-11-26T09:15:00.000Z',
    });
  });

  it('names the field when alerts is missing or an alert has no labels', () => {
    expect(refusal(() => alertAdapters.alertmanager({ version: '4' }, receivedAt)).field).toBe(
      'alerts',
    );
    const noLabels = { alerts: [{ status: 'firing' }] };
    expect(refusal(() => alertAdapters.alertmanager(noLabels, receivedAt)).field).toBe(
      'alerts.0.labels',
    );
  });

  it('derives the same dedup key from the same label set when no fingerprint is sent', () => {
    const alert = { status: 'firing', labels: { b: '2', a: '1' } };
    const reordered = { status: 'firing', labels: { a: '1', b: '2' } };
    const [first] = alertsOf(alertAdapters.alertmanager({ alerts: [alert] }, receivedAt));
    const [second] = alertsOf(alertAdapters.alertmanager({ alerts: [reordered] }, receivedAt));
    expect(first?.dedupKey).toBe(second?.dedupKey);
  });
});

describe('Grafana unified alerting', () => {
  it('keeps the evaluated values as labels and the runbook, silence and source links', () => {
    const [alert] = alertsOf(alertAdapters.grafana(fixtures.grafanaFiring, receivedAt));
    expect(alert).toMatchObject({
      source: 'grafana',
      dedupKey: 'c6eadffa33fcdf99',
      summary: 'Memory above 90% in eu-2',
      group: 'storage',
      labels: { 'value:B': '93.5', 'value:C': '1', team: 'storage' },
    });
    expect(alert?.links.map((link) => link.text)).toEqual(['Source', 'Silence', 'Runbook']);
  });
});

describe('PagerDuty Events API v2', () => {
  it('maps a trigger with its PD-CEF payload', () => {
    const [alert] = alertsOf(alertAdapters.pagerduty(fixtures.pagerdutyTrigger, receivedAt));
    expect(alert).toMatchObject({
      dedupKey: 'db-primary-replication-lag',
      status: 'firing',
      severity: 'critical',
      summary: 'Replication lag over 30 s on db-primary',
      service: 'ledger',
      component: 'postgres',
      group: 'prod-datastores',
      class: 'replication',
      startsAt: '2026-11-26T10:04:00.000Z',
      labels: { service: 'ledger', lag_seconds: '42', source: 'db-primary.example.org' },
    });
    expect(alert?.links).toHaveLength(2);
  });

  it('maps resolve and acknowledge by dedup_key, and requires it', () => {
    expect(
      alertsOf(alertAdapters.pagerduty(fixtures.pagerdutyResolve, receivedAt))[0],
    ).toMatchObject({
      status: 'resolved',
      dedupKey: 'db-primary-replication-lag',
    });
    const ack = { ...fixtures.pagerdutyResolve, event_action: 'acknowledge' };
    expect(alertsOf(alertAdapters.pagerduty(ack, receivedAt))[0]?.status).toBe('acknowledged');
    const noKey = { event_action: 'resolve' };
    expect(refusal(() => alertAdapters.pagerduty(noKey, receivedAt)).field).toBe('dedup_key');
    const badAction = { event_action: 'explode' };
    expect(refusal(() => alertAdapters.pagerduty(badAction, receivedAt)).field).toBe(
      'event_action',
    );
  });
});

describe('Datadog webhook', () => {
  it('reads the default and extended template variables', () => {
    const [alert] = alertsOf(alertAdapters.datadog(fixtures.datadogTriggered, receivedAt));
    expect(alert).toMatchObject({
      dedupKey: 'c7f2e1',
      status: 'firing',
      severity: 'error',
      sourceSeverity: 'P2',
      service: 'checkout',
      component: 'web-3',
      labels: { service: 'checkout', env: 'prod', team: 'payments' },
      startsAt: new Date(1796292000000).toISOString(),
    });
    const [recovered] = alertsOf(alertAdapters.datadog(fixtures.datadogRecovered, receivedAt));
    expect(recovered).toMatchObject({ dedupKey: 'c7f2e1', status: 'resolved' });
  });

  it('takes any shape: a bare custom template still gives an alert', () => {
    const [alert] = alertsOf(
      alertAdapters.datadog({ text: 'disk full', alert_id: '$ALERT_ID' }, receivedAt),
    );
    expect(alert).toMatchObject({
      summary: 'disk full',
      status: 'firing',
      severity: 'warning',
      startsAt: receivedAt,
    });
  });
});

describe('CloudWatch through SNS', () => {
  it('reads the alarm from the Message JSON string', () => {
    const body = fixtures.snsNotification(fixtures.cloudwatchAlarm);
    const [alert] = alertsOf(alertAdapters.cloudwatch(body, receivedAt));
    expect(alert).toMatchObject({
      dedupKey: fixtures.cloudwatchAlarm.AlarmArn,
      status: 'firing',
      severity: 'error',
      summary: 'api-5xx-rate',
      group: 'AWS/ApplicationELB',
      labels: { LoadBalancer: 'app/public-api/50dc6c495c0c9188', state: 'ALARM' },
      startsAt: '2026-11-26T10:10:00.000Z',
    });
    const ok = fixtures.snsNotification({ ...fixtures.cloudwatchAlarm, NewStateValue: 'OK' });
    expect(alertsOf(alertAdapters.cloudwatch(ok, receivedAt))[0]?.status).toBe('resolved');
  });

  it('answers a SubscriptionConfirmation with the URL to confirm', () => {
    expect(alertAdapters.cloudwatch(fixtures.snsSubscriptionConfirmation, receivedAt)).toEqual({
      kind: 'subscription-confirmation',
      subscribeUrl: fixtures.snsSubscriptionConfirmation.SubscribeURL,
      topicArn: fixtures.snsSubscriptionConfirmation.TopicArn,
    });
  });

  it('takes a plain-text message as an alert, and names Message when it is missing', () => {
    const [alert] = alertsOf(
      alertAdapters.cloudwatch(fixtures.snsNotification('backup failed'), receivedAt),
    );
    expect(alert?.summary).toContain('ALARM');
    const missing = { ...fixtures.snsNotification(''), Message: undefined };
    expect(refusal(() => alertAdapters.cloudwatch(missing, receivedAt)).field).toBe('Message');
  });
});

describe('Azure Monitor common alert schema', () => {
  it('maps essentials: Sev1 is error, Fired is firing, the first configuration item is the component', () => {
    const [alert] = alertsOf(alertAdapters.azure(fixtures.azureMetricFired, receivedAt));
    expect(alert).toMatchObject({
      status: 'firing',
      severity: 'error',
      sourceSeverity: 'Sev1',
      summary: 'CPU above 95% on orders-db',
      service: 'orders',
      component: 'orders-db',
      class: 'Metric',
      startsAt: '2026-11-26T10:20:00.123Z',
    });
  });

  it('names monitorCondition when it is not Fired or Resolved', () => {
    const body = JSON.parse(JSON.stringify(fixtures.azureMetricFired)) as {
      data: { essentials: Record<string, unknown> };
    };
    body.data.essentials.monitorCondition = 'Sleeping';
    expect(refusal(() => alertAdapters.azure(body, receivedAt)).field).toBe(
      'data.essentials.monitorCondition',
    );
  });
});

describe('Opsgenie', () => {
  it('maps a create request and the outgoing webhook Close onto one dedup key (alias)', () => {
    const [created] = alertsOf(alertAdapters.opsgenie(fixtures.opsgenieCreate, receivedAt));
    expect(created).toMatchObject({
      dedupKey: 'billing-queue-backlog',
      status: 'firing',
      severity: 'critical',
      service: 'billing',
      component: 'billing-worker',
    });
    const [closed] = alertsOf(alertAdapters.opsgenie(fixtures.opsgenieWebhookClose, receivedAt));
    expect(closed).toMatchObject({ dedupKey: 'billing-queue-backlog', status: 'resolved' });
  });
});

describe('Zabbix webhook', () => {
  it('maps a problem and its recovery to one dedup key, ignoring unexpanded macros', () => {
    const [problem] = alertsOf(alertAdapters.zabbix(fixtures.zabbixProblem, receivedAt));
    expect(problem).toMatchObject({
      dedupKey: '40213',
      status: 'firing',
      severity: 'error',
      service: 'search',
      component: 'app-7',
      startsAt: '2026-11-26T10:30:00.000Z',
      links: [{ href: 'https://zabbix.example.org', text: 'Zabbix' }],
    });
    const [recovery] = alertsOf(alertAdapters.zabbix(fixtures.zabbixRecovery, receivedAt));
    expect(recovery).toMatchObject({ dedupKey: '40213', status: 'resolved' });
    expect(refusal(() => alertAdapters.zabbix({ event_id: '{EVENT.ID}' }, receivedAt)).field).toBe(
      'event_id',
    );
  });
});

describe('Nagios and Icinga', () => {
  it('maps a service problem from JSON macros', () => {
    const [alert] = alertsOf(alertAdapters.nagios(fixtures.nagiosServiceProblem, receivedAt));
    expect(alert).toMatchObject({
      status: 'firing',
      severity: 'critical',
      service: 'SMTP',
      component: 'mail-1',
      summary: 'SMTP on mail-1 is CRITICAL: connect to port 25 failed',
      startsAt: new Date(1796292000000).toISOString(),
    });
    const recovery = {
      ...fixtures.nagiosServiceProblem,
      NOTIFICATIONTYPE: 'RECOVERY',
      SERVICESTATE: 'OK',
    };
    const [resolved] = alertsOf(alertAdapters.nagios(recovery, receivedAt));
    expect(resolved).toMatchObject({ status: 'resolved', dedupKey: alert?.dedupKey });
  });

  it('maps a host notification posted as lower-case form fields', () => {
    const [alert] = alertsOf(alertAdapters.nagios(fixtures.nagiosHostDownForm, receivedAt));
    expect(alert).toMatchObject({
      status: 'firing',
      severity: 'critical',
      component: 'edge-router-2',
    });
    expect(refusal(() => alertAdapters.nagios({ SERVICEDESC: 'x' }, receivedAt)).field).toBe(
      'HOSTNAME',
    );
  });
});

describe('generic JSON', () => {
  it('takes the normalised shape with defaults, one alert or a list', () => {
    const [alert] = alertsOf(alertAdapters.generic(fixtures.genericAlert, receivedAt));
    expect(alert).toMatchObject({
      dedupKey: 'nightly-export',
      status: 'firing',
      severity: 'error',
      startsAt: receivedAt,
      links: [],
    });
    expect(
      alertsOf(
        alertAdapters.generic({ alerts: [fixtures.genericAlert, { summary: 'b' }] }, receivedAt),
      ),
    ).toHaveLength(2);
  });

  it('names the field that is wrong', () => {
    const bad = { alerts: [{ summary: 'ok' }, { summary: 'x', severity: 'apocalyptic' }] };
    expect(refusal(() => alertAdapters.generic(bad, receivedAt)).field).toBe('alerts.1.severity');
  });
});
