import type { AlertSource } from '../../schema/alert.ts';
import type { AlertAdapter } from './adapter.ts';
import { alertmanagerAdapter, grafanaAdapter } from './alertmanager.ts';
import { azureAdapter } from './azure.ts';
import { cloudwatchAdapter } from './cloudwatch.ts';
import { datadogAdapter } from './datadog.ts';
import { genericAdapter } from './generic.ts';
import { nagiosAdapter } from './nagios.ts';
import { opsgenieAdapter } from './opsgenie.ts';
import { pagerdutyAdapter } from './pagerduty.ts';
import { zabbixAdapter } from './zabbix.ts';

export type { AlertAdapter, IntakeResult } from './adapter.ts';
export { AlertPayloadError } from './payload.ts';

/** One adapter per source format an integration can be created for. */
export const alertAdapters: Record<AlertSource, AlertAdapter> = {
  alertmanager: alertmanagerAdapter,
  grafana: grafanaAdapter,
  pagerduty: pagerdutyAdapter,
  datadog: datadogAdapter,
  cloudwatch: cloudwatchAdapter,
  azure: azureAdapter,
  opsgenie: opsgenieAdapter,
  zabbix: zabbixAdapter,
  nagios: nagiosAdapter,
  generic: genericAdapter,
};
