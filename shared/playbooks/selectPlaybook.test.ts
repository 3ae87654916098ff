import { describe, expect, it } from 'vitest';
import type { IncidentType } from '../domain/incident.ts';
import type { Severity } from '../domain/severity.ts';
import type { Playbook } from './playbookTypes.ts';
import { selectPlaybook } from './selectPlaybook.ts';

const step = {
  id: 's',
  title: 'Step',
  ownerRole: 'incident-commander',
  expectedMinutes: 5,
  checklist: [],
};
const playbook = (id: string, incidentType: IncidentType, minSeverity?: string): Playbook => ({
  id,
  name: id,
  incidentType,
  steps: [step],
  ...(minSeverity ? { minSeverity } : {}),
});

const playbooks = [
  playbook('outage-any', 'availability'),
  playbook('outage-major', 'availability', 'SEV2'),
  playbook('outage-critical', 'availability', 'SEV1'),
  playbook('breach-sev3', 'security-breach', 'SEV3'),
  playbook('vendor-typo', 'vendor-outage', 'SEV9'),
];

describe('selectPlaybook', () => {
  it.each<[IncidentType, Severity, string | undefined]>([
    ['availability', 'SEV1', 'outage-critical'],
    ['availability', 'SEV2', 'outage-major'],
    ['availability', 'SEV3', 'outage-any'],
    ['availability', 'SEV5', 'outage-any'],
    ['security-breach', 'SEV2', 'breach-sev3'],
    ['security-breach', 'SEV4', undefined],
    ['vendor-outage', 'SEV1', undefined],
    ['facilities', 'SEV1', undefined],
  ])('%s at %s → %s', (type, severity, expected) => {
    expect(selectPlaybook(playbooks, { type, severity })?.id).toBe(expected);
  });

  it('prefers the one listed first when two are equally specific', () => {
    const twins = [playbook('first', 'performance'), playbook('second', 'performance')];
    expect(selectPlaybook(twins, { type: 'performance', severity: 'SEV3' })?.id).toBe('first');
  });
});
