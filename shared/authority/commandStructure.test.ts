import { describe, expect, it } from 'vitest';
import defaults from '../../resources/framework/command-structure.json' with { type: 'json' };
import { AuthorityConfigError } from './errors.ts';
import { parseCommandStructureConfig, roleLabelsOf } from './parseCommandStructure.ts';
import type { IncidentRoleAssignment } from './roles.ts';
import { rollUpStatus } from './rollUpStatus.ts';
import type { IncidentCommandStructure, SubIncident } from './subIncident.ts';
import { validateCommandStructure } from './validateCommandStructure.ts';

const config = parseCommandStructureConfig(defaults);

const core: IncidentRoleAssignment[] = [
  { role: 'incident-commander', personId: 'dana' },
  { role: 'operations', personId: 'ana' },
  { role: 'communications-lead', personId: 'sam' },
  { role: 'scribe', personId: 'lee' },
];
const leeds: SubIncident = {
  id: 'inc-1a',
  scope: { kind: 'site', name: 'Leeds' },
  leadId: 'tom',
  status: 'investigating',
  severity: 'SEV2',
};
const york: SubIncident = {
  id: 'inc-1b',
  scope: { kind: 'site', name: 'York' },
  leadId: 'ravi',
  status: 'resolved',
  severity: 'SEV3',
};

function structure(change: Partial<IncidentCommandStructure>): IncidentCommandStructure {
  return {
    incidentType: 'availability',
    severity: 'SEV2',
    roles: core,
    subIncidents: [],
    ...change,
  };
}

describe('default command structure (resources/framework/command-structure.json)', () => {
  it('parses, with ICS roles and labels', () => {
    expect(roleLabelsOf(config)['communications-lead']).toBe('Communications Lead');
    expect(config.roles.map((r) => r.id)).toContain('area-commander');
  });

  it.each([
    [
      'a role listed twice',
      { roles: [...defaults.roles, defaults.roles[0]] },
      'role "incident-commander" is listed twice',
    ],
    [
      'an unknown area commander role',
      {
        commandModes: [
          {
            incidentType: 'facilities',
            mode: 'decentralized',
            splitBy: ['site'],
            areaCommanderRole: 'gold-command',
          },
        ],
      },
      'unknown role "gold-command"',
    ],
  ])('rejects %s', (_label, change, reason) => {
    expect(() => parseCommandStructureConfig({ ...defaults, ...change })).toThrow(
      AuthorityConfigError,
    );
    expect(() => parseCommandStructureConfig({ ...defaults, ...change })).toThrow(reason);
  });
});

describe('validateCommandStructure', () => {
  const areaCommand = [...core, { role: 'area-commander', personId: 'maya' }];

  it.each<[string, Partial<IncidentCommandStructure>, string[]]>([
    ['a staffed SEV2 availability incident', {}, []],
    ['a SEV4 with only a commander', { severity: 'SEV4', roles: core.slice(0, 1) }, []],
    [
      'a SEV2 without a Communications Lead',
      { roles: core.filter((a) => a.role !== 'communications-lead') },
      ['SEV2 incidents need a Communications Lead; assign one'],
    ],
    [
      'a SEV1 without a deputy',
      { severity: 'SEV1' },
      ['SEV1 incidents need a Deputy Incident Commander; assign one'],
    ],
    [
      'two Incident Commanders',
      { roles: [...core, { role: 'incident-commander', personId: 'sam' }] },
      ['2 people hold Incident Commander; at most 1 may — release the extra holders'],
    ],
    [
      'an unknown role',
      { roles: [...core, { role: 'gold-command', personId: 'x' }] },
      ['"gold-command" is not a role in this organisation\'s command structure'],
    ],
    [
      'sub-incidents on a centrally commanded type',
      { subIncidents: [leeds] },
      [
        'availability incidents are commanded centrally; fold the sub-incidents into this incident or make the type decentralized',
      ],
    ],
    [
      'a facilities incident split by site under an area commander',
      { incidentType: 'facilities', roles: areaCommand, subIncidents: [leeds, york] },
      [],
    ],
    [
      'sub-incidents with no area commander',
      { incidentType: 'facilities', subIncidents: [leeds] },
      ['Sub-incidents need an Area Commander over them; assign one'],
    ],
    [
      'a sub-incident with no lead',
      {
        incidentType: 'facilities',
        roles: areaCommand,
        subIncidents: [{ ...leeds, leadId: undefined }],
      },
      ['The sub-incident for the site Leeds has no lead; assign one'],
    ],
    [
      'a business-unit split on a site-split type',
      {
        incidentType: 'facilities',
        roles: areaCommand,
        subIncidents: [{ ...leeds, scope: { kind: 'business-unit', name: 'Retail' } }],
      },
      ['facilities incidents split by site or region, not business-unit'],
    ],
    [
      'two sub-incidents for one site',
      {
        incidentType: 'facilities',
        roles: areaCommand,
        subIncidents: [leeds, { ...york, scope: { kind: 'site', name: 'leeds ' } }],
      },
      ['Another sub-incident already covers the site leeds '],
    ],
  ])('%s', (_label, change, reasons) => {
    expect(validateCommandStructure(config, structure(change)).map((p) => p.reason)).toEqual(
      reasons,
    );
  });
});

describe('rollUpStatus', () => {
  it.each<[string, SubIncident[], string, string, boolean]>([
    ['no sub-incidents keeps the parent', [], 'mitigated', 'SEV3', true],
    [
      'the least-advanced sub-incident sets the status',
      [leeds, york],
      'investigating',
      'SEV2',
      false,
    ],
    ['all resolved', [{ ...leeds, status: 'resolved' }, york], 'resolved', 'SEV2', true],
    ['a resolved and a closed', [{ ...leeds, status: 'closed' }, york], 'resolved', 'SEV2', true],
    [
      'a worse sub-incident raises the severity',
      [{ ...leeds, severity: 'SEV1' }],
      'investigating',
      'SEV1',
      false,
    ],
  ])('%s', (_label, subs, status, severity, canResolve) => {
    expect(rollUpStatus({ status: 'mitigated', severity: 'SEV3' }, subs)).toMatchObject({
      status,
      severity,
      canResolve,
    });
  });

  it('counts statuses and says what blocks resolution', () => {
    const rolled = rollUpStatus({ status: 'investigating', severity: 'SEV2' }, [leeds, york]);
    expect(rolled.byStatus).toEqual({
      declared: 0,
      investigating: 1,
      mitigated: 0,
      resolved: 1,
      closed: 0,
    });
    expect(rolled.openSubIncidentIds).toEqual(['inc-1a']);
    expect(rolled.blockers).toEqual(['the site Leeds is still investigating (SEV2)']);
  });
});
