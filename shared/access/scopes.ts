/**
 * What an integration token may do. A scope names the commands it allows;
 * `act-for-others` lets the tool name the person it acts for (recorded as
 * "on behalf of"); `incidents:read` allows the API's reads and nothing else.
 * Administrator commands and step-up commands are never an integration's.
 */
export const INTEGRATION_SCOPES = {
  'incidents:read': [],
  'incidents:write': [
    'declareIncident',
    'declareSubIncident',
    'changeIncidentStatus',
    'reclassifyIncident',
    'recordDecision',
    'assignRole',
    'releaseRole',
    'completePlaybookStep',
    'checkPlaybookItem',
  ],
  'timeline:write': ['addTimelineEntry'],
  'escalations:write': ['startEscalation', 'cancelEscalation'],
  'communications:write': ['draftCommunication', 'editCommunication', 'setCommunicationCadence'],
  'handoffs:write': ['draftHandoffBrief', 'saveHandoffBrief', 'submitHandoffBrief'],
  'oncall:write': ['overrideOnCall', 'removeOnCallOverride'],
  'alerts:intake': ['ingestAlerts', 'recordAlertDeadLetter'],
  'metrics:intake': ['recordMetricPoints'],
  'act-for-others': [],
} as const satisfies Record<string, readonly string[]>;

export type IntegrationScope = keyof typeof INTEGRATION_SCOPES;

export const INTEGRATION_SCOPE_NAMES = Object.keys(INTEGRATION_SCOPES) as IntegrationScope[];

/** The scopes that allow a command (empty: no integration may run it). */
export function scopesAllowing(command: string): IntegrationScope[] {
  return INTEGRATION_SCOPE_NAMES.filter((scope) =>
    (INTEGRATION_SCOPES[scope] as readonly string[]).includes(command),
  );
}

export function scopeAllows(scopes: readonly string[], command: string): boolean {
  return scopesAllowing(command).some((scope) => scopes.includes(scope));
}
