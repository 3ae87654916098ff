/**
 * Example payloads in the shape each tool documents (field names and
 * structure from the public docs; the values are our own).
 */
export const alertmanagerFiring = {
  version: '4',
  groupKey: '{}/{severity="critical"}:{alertname="CheckoutDown"}',
  truncatedAlerts: 0,
  status: 'firing',
  receiver: 'lantern',
  groupLabels: { alertname: 'CheckoutDown' },
  commonLabels: { alertname: 'CheckoutDown', severity: 'critical' },
  commonAnnotations: {},
  externalURL: 'http://alertmanager.example.org:9093',
  alerts: [
    {
      status: 'firing',
      labels: {
        alertname: 'CheckoutDown',
        service: 'payments',
        instance: 'checkout-1:8080',
        severity: 'critical',
      },
      annotations: { summary: 'Checkout is failing for 5 minutes' },
      startsAt: '2026-11-26T10:00:00.123456789+01:00',
      endsAt: '0001-01-01T00:00:00Z',
      generatorURL: 'http://prometheus.example.org:9090/graph?g0.expr=up',
      fingerprint: '3f2a9c1d0e7b6a55',
    },
    {
      status: 'resolved',
      labels: { alertname: 'DiskFilling', job: 'node', severity: 'warning' },
      annotations: { description: 'Disk /var is 91% full' },
      startsAt: '2026-11-26T08:00:00Z',
      endsAt: '2026-11-26T09:15:00Z',
      generatorURL: '',
      fingerprint: 'a1b2c3d4e5f60718',
    },
  ],
};

export const grafanaFiring = {
  receiver: 'Lantern',
  status: 'firing',
  orgId: 1,
  alerts: [
    {
      status: 'firing',
      labels: { alertname: 'High memory usage', team: 'storage', zone: 'eu-2' },
      annotations: {
        summary: 'Memory above 90% in eu-2',
        runbook_url: 'https://runbooks.example.org/memory',
      },
      startsAt: '2026-11-26T09:51:03.157076+02:00',
      endsAt: '0001-01-01T00:00:00Z',
      generatorURL: 'https://grafana.example.org/alerting/abc/edit',
      fingerprint: 'c6eadffa33fcdf99',
      silenceURL: 'https://grafana.example.org/alerting/silence/new',
      dashboardURL: '',
      panelURL: '',
      values: { B: 93.5, C: 1 },
    },
  ],
  groupLabels: {},
  commonLabels: { team: 'storage' },
  commonAnnotations: {},
  externalURL: 'https://grafana.example.org/',
  version: '1',
  groupKey: '{}:{}',
  truncatedAlerts: 0,
  title: '[FIRING:1] High memory usage',
  state: 'alerting',
  message: 'Memory above 90% in eu-2',
};

export const pagerdutyTrigger = {
  routing_key: 'R0123456789abcdef0123456789abcdef',
  event_action: 'trigger',
  dedup_key: 'db-primary-replication-lag',
  payload: {
    summary: 'Replication lag over 30 s on db-primary',
    source: 'db-primary.example.org',
    severity: 'critical',
    timestamp: '2026-11-26T10:04:00.000+0000',
    component: 'postgres',
    group: 'prod-datastores',
    class: 'replication',
    custom_details: { service: 'ledger', lag_seconds: 42 },
  },
  images: [],
  links: [{ href: 'https://status.example.org/db', text: 'DB status' }],
  client: 'Example Monitoring',
  client_url: 'https://monitoring.example.org',
};

export const pagerdutyResolve = {
  routing_key: 'R0123456789abcdef0123456789abcdef',
  event_action: 'resolve',
  dedup_key: 'db-primary-replication-lag',
};

/** The default webhook template plus the common extended variables. */
export const datadogTriggered = {
  id: '7001234567890123456',
  title: '[Triggered] High p99 latency on checkout',
  body: 'p99 latency is 2.3 s (threshold 1 s)',
  date: '1796292000000',
  last_updated: '1796292000000',
  event_type: 'query_alert_monitor',
  org: { id: '123', name: 'Example' },
  alert_id: '98765',
  alert_transition: 'Triggered',
  alert_type: 'error',
  alert_priority: 'P2',
  aggreg_key: 'c7f2e1',
  tags: 'service:checkout,env:prod,team:payments',
  link: 'https://app.datadoghq.eu/event/event?id=7001234567890123456',
  hostname: 'web-3',
};

export const datadogRecovered = {
  ...datadogTriggered,
  id: '7001234567890129999',
  title: '[Recovered] High p99 latency on checkout',
  alert_transition: 'Recovered',
  alert_type: 'success',
};

export const cloudwatchAlarm = {
  AlarmName: 'api-5xx-rate',
  AlarmDescription: 'More than 5% 5xx on the public API',
  AWSAccountId: '123456789012',
  NewStateValue: 'ALARM',
  NewStateReason: 'Threshold Crossed: 1 datapoint [7.2] was greater than the threshold (5.0).',
  StateChangeTime: '2026-11-26T10:10:00.000+0000',
  Region: 'EU (Ireland)',
  AlarmArn: 'arn:aws:cloudwatch:eu-west-1:123456789012:alarm:api-5xx-rate',
  OldStateValue: 'OK',
  Trigger: {
    MetricName: 'HTTPCode_Target_5XX_Count',
    Namespace: 'AWS/ApplicationELB',
    StatisticType: 'Statistic',
    Statistic: 'SUM',
    Dimensions: [{ name: 'LoadBalancer', value: 'app/public-api/50dc6c495c0c9188' }],
    Period: 60,
    EvaluationPeriods: 1,
    ComparisonOperator: 'GreaterThanThreshold',
    Threshold: 5,
  },
};

export function snsNotification(message: unknown) {
  return {
    Type: 'Notification',
    MessageId: '22b80b92-fdea-4c2c-8f9d-bdfb0c7bf324',
    TopicArn: 'arn:aws:sns:eu-west-1:123456789012:lantern-alarms',
    Subject: 'ALARM: "api-5xx-rate" in EU (Ireland)',
    Message: typeof message === 'string' ? message : JSON.stringify(message),
    Timestamp: '2026-11-26T10:10:01.000Z',
    SignatureVersion: '1',
    Signature: 'c2lnbmF0dXJl',
    SigningCertURL: 'https://sns.eu-west-1.amazonaws.com/SimpleNotificationService-abc.pem',
    UnsubscribeURL: 'https://sns.eu-west-1.amazonaws.com/?Action=Unsubscribe',
  };
}

export const snsSubscriptionConfirmation = {
  Type: 'SubscriptionConfirmation',
  MessageId: '165545c9-2a5c-472c-8df2-7ff2be2b3b1b',
  Token: '2336412f37fb687f5d51e6e2425f004aed',
  TopicArn: 'arn:aws:sns:eu-west-1:123456789012:lantern-alarms',
  Message: 'You have chosen to subscribe to the topic …',
  SubscribeURL:
    'https://sns.eu-west-1.amazonaws.com/?Action=ConfirmSubscription&TopicArn=arn:aws:sns:eu-west-1:123456789012:lantern-alarms&Token=2336412f37',
  Timestamp: '2026-11-26T10:00:00.000Z',
  SignatureVersion: '1',
  Signature: 'c2lnbmF0dXJl',
  SigningCertURL: 'https://sns.eu-west-1.amazonaws.com/SimpleNotificationService-abc.pem',
};

export const azureMetricFired = {
  schemaId: 'azureMonitorCommonAlertSchema',
  data: {
    essentials: {
      alertId: '/subscriptions/0000/providers/Microsoft.AlertsManagement/alerts/1111-2222',
      alertRule: 'orders-db-cpu',
      severity: 'Sev1',
      signalType: 'Metric',
      monitorCondition: 'Fired',
      monitoringService: 'Platform',
      alertTargetIDs: [
        '/subscriptions/0000/resourcegroups/orders/providers/microsoft.sql/servers/orders-db',
      ],
      configurationItems: ['orders-db'],
      originAlertId: '0000_orders_microsoft.insights_metricAlerts_orders-db-cpu_1',
      firedDateTime: '2026-11-26T10:20:00.1234567Z',
      description: 'CPU above 95% on orders-db',
      essentialsVersion: '1.0',
      alertContextVersion: '1.0',
    },
    alertContext: { conditionType: 'SingleResourceMultipleMetricCriteria', condition: {} },
    customProperties: { service: 'orders' },
  },
};

export const opsgenieCreate = {
  message: 'Queue backlog above 10,000 on billing-worker',
  alias: 'billing-queue-backlog',
  description: 'Backlog has grown for 15 minutes',
  tags: ['billing', 'service:billing', 'env:prod'],
  details: { service: 'billing', queue: 'invoices' },
  entity: 'billing-worker',
  source: 'Example Monitoring',
  priority: 'P1',
};

export const opsgenieWebhookClose = {
  action: 'Close',
  alert: {
    alertId: '70413a06-38d6-4c85-92b8-5ebc900d42e2',
    message: 'Queue backlog above 10,000 on billing-worker',
    tags: ['billing'],
    tinyId: '1791',
    entity: 'billing-worker',
    alias: 'billing-queue-backlog',
    createdAt: 1796292000000,
    updatedAt: 1796295600000,
    username: 'ops@example.org',
    priority: 'P1',
    source: 'Example Monitoring',
  },
  source: { name: 'web', type: 'web' },
  integrationName: 'Lantern webhook',
  integrationId: '8e7d6c5b',
  integrationType: 'Webhook',
};

export const zabbixProblem = {
  event_id: '40213',
  event_name: 'High CPU utilization on app-7',
  event_severity: 'High',
  event_nseverity: '4',
  event_value: '1',
  event_update_status: '0',
  event_date: '2026.11.26',
  event_time: '10:30:00',
  event_tags: '[{"tag":"service","value":"search"},{"tag":"scope","value":"performance"}]',
  event_recovery_id: '{EVENT.RECOVERY.ID}',
  host_name: 'app-7',
  trigger_id: '18093',
  zabbix_url: 'https://zabbix.example.org',
};

export const zabbixRecovery = {
  ...zabbixProblem,
  event_value: '0',
  event_recovery_id: '40290',
};

export const nagiosServiceProblem = {
  NOTIFICATIONTYPE: 'PROBLEM',
  HOSTNAME: 'mail-1',
  HOSTSTATE: 'UP',
  SERVICEDESC: 'SMTP',
  SERVICESTATE: 'CRITICAL',
  SERVICEOUTPUT: 'connect to port 25 failed',
  TIMET: '1796292000',
  SERVICEPROBLEMID: '812',
};

/** Form data as an Icinga notification script posts it (already decoded to strings). */
export const nagiosHostDownForm = {
  notificationtype: 'PROBLEM',
  hostname: 'edge-router-2',
  hoststate: 'DOWN',
  hostoutput: 'PING CRITICAL - Packet loss = 100%',
  longdatetime: '2026-11-26 10:40:00 +0000',
};

export const genericAlert = {
  summary: 'Nightly export did not run',
  severity: 'error',
  service: 'reporting',
  dedupKey: 'nightly-export',
  labels: { job: 'export' },
};
