import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { policyForIncident } from '../../../shared/commands/startEscalation.ts';
import { parseEscalationPolicy } from '../../../shared/escalation/parsePolicy.ts';

const resource = (path: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../../resources/${path}`, import.meta.url), 'utf8'));
const policies = resource('framework/escalation-policies.json') as unknown[];
const demo = resource('demo/organisation.json') as {
  services: { id: string; tier: number }[];
  rotations: { id: string }[];
  people: { id: string }[];
};
const parsed = policies.map((p) => parseEscalationPolicy(p));

describe('default escalation policies (resources/framework/escalation-policies.json)', () => {
  it('parse, with unique ids', () => {
    expect(new Set(parsed.map((p) => p.id)).size).toBe(parsed.length);
  });

  it('name only services, rotations and people of the demo organisation', () => {
    const services = new Set(demo.services.map((s) => s.id));
    const rotations = new Set(demo.rotations.map((r) => r.id));
    const people = new Set(demo.people.map((p) => p.id));
    for (const policy of parsed) {
      for (const serviceId of policy.serviceIds) expect(services, policy.id).toContain(serviceId);
      for (const target of policy.levels.flatMap((l) => l.targets)) {
        if (target.kind === 'rotation') expect(rotations, policy.id).toContain(target.rotationId);
        if (target.kind === 'person') expect(people, policy.id).toContain(target.personId);
      }
    }
  });

  it('page every tier-1 service at SEV1 under its own policy, and anything else at SEV3 under the catch-all', () => {
    for (const service of demo.services.filter((s) => s.tier === 1)) {
      const policy = policyForIncident(parsed, { serviceIds: [service.id], severity: 'SEV1' });
      expect(policy?.serviceIds, service.id).toContain(service.id);
    }
    expect(policyForIncident(parsed, { serviceIds: ['itsm'], severity: 'SEV3' })?.id).toBe(
      'major-incident-catch-all',
    );
    expect(policyForIncident(parsed, { serviceIds: ['itsm'], severity: 'SEV4' })).toBeUndefined();
  });
});
