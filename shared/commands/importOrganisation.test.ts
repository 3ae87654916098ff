import { describe, expect, it } from 'vitest';
import demo from '../../resources/demo/organisation.json' with { type: 'json' };
import { INCIDENT_TYPES } from '../domain/incident.ts';
import {
  organisationFile,
  organisationReferenceProblems,
  type OrganisationFile,
} from './importOrganisation.ts';

const RESPONSE_ROLES = [
  'incident-commander',
  'deputy',
  'operations',
  'communications-lead',
  'scribe',
  'liaison',
  'planning',
  'sme',
];

function parseDemo(): OrganisationFile {
  return organisationFile.parse(demo);
}

describe('demo organisation (resources/demo/organisation.json)', () => {
  it('parses with the organisation file schema', () => {
    const result = organisationFile.safeParse(demo);
    expect(result.error?.issues ?? []).toEqual([]);
    expect(result.success).toBe(true);
  });

  it('has no dangling references', () => {
    expect(organisationReferenceProblems(parseDemo())).toEqual([]);
  });

  it('has at least six playbooks covering at least six distinct incident types', () => {
    const org = parseDemo();
    expect(org.playbooks.length).toBeGreaterThanOrEqual(6);
    const types = new Set(org.playbooks.map((p) => p.incidentType));
    expect(types.size).toBeGreaterThanOrEqual(6);
    for (const type of INCIDENT_TYPES.filter((t) => t !== 'other')) expect(types).toContain(type);
  });

  it('gives every playbook step a known response role and a checklist', () => {
    for (const playbook of parseDemo().playbooks) {
      const stepIds = playbook.steps.map((s) => s.id);
      expect(new Set(stepIds).size, playbook.id).toBe(stepIds.length);
      for (const step of playbook.steps) {
        expect(RESPONSE_ROLES, `${playbook.id}/${step.id}`).toContain(step.ownerRole);
        expect(step.checklist.length, `${playbook.id}/${step.id}`).toBeGreaterThan(0);
      }
    }
  });

  it('keeps ids unique and team membership consistent in both directions', () => {
    const org = parseDemo();
    for (const list of [org.people, org.teams, org.services, org.rotations, org.playbooks]) {
      const ids = list.map((item) => item.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
    for (const team of org.teams) {
      expect(team.memberIds.toSorted()).toEqual(
        org.people
          .filter((p) => p.teamId === team.id)
          .map((p) => p.id)
          .toSorted(),
      );
      if (team.leadId) expect(team.memberIds).toContain(team.leadId);
    }
  });

  it("staffs rotations from the owning team and attaches services to their owner's rotation", () => {
    const org = parseDemo();
    const teamOf = new Map(org.people.map((p) => [p.id, p.teamId]));
    const rotationTeam = new Map(org.rotations.map((r) => [r.id, r.teamId]));
    for (const rotation of org.rotations) {
      for (const participant of rotation.participantIds)
        expect(teamOf.get(participant), `${rotation.id}/${participant}`).toBe(rotation.teamId);
    }
    for (const service of org.services) {
      if (service.rotationId)
        expect(rotationTeam.get(service.rotationId), service.id).toBe(service.ownerTeamId);
    }
  });
});

describe('organisationReferenceProblems', () => {
  it('names the field of each broken reference', () => {
    const broken = organisationFile.parse(JSON.parse(JSON.stringify(demo)));
    const service = broken.services[0];
    const rotation = broken.rotations[0];
    if (!service || !rotation) throw new Error('demo organisation needs a service and a rotation');
    service.ownerTeamId = 'no-such-team';
    rotation.participantIds = [...rotation.participantIds, 'no-such-person'];

    const problems = organisationReferenceProblems(broken);

    expect(problems).toEqual([
      { field: 'services.0.ownerTeamId', reason: 'unknown team "no-such-team"' },
      {
        field: `rotations.0.participantIds.${rotation.participantIds.length - 1}`,
        reason: 'unknown person "no-such-person"',
      },
    ]);
  });
});
