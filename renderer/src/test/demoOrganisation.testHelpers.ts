import type { CommandInput } from '../../../shared/commands/registry.ts';

/** A small organisation file, as the node's demo endpoint would import. */
export const DEMO_ORGANISATION: CommandInput<'importOrganisation'> = {
  workspaceName: 'Northwind Logistics',
  demo: true,
  people: [
    { id: 'amara-okafor', displayName: 'Amara Okafor', jobTitle: 'Incident Commander' },
    { id: 'jonas-weber', displayName: 'Jonas Weber', jobTitle: 'Shift Lead' },
  ],
  teams: [{ id: 'platform', name: 'Platform', memberIds: ['amara-okafor', 'jonas-weber'] }],
  services: [],
  rotations: [],
  playbooks: [],
};
