/** ICS-style command roles every organisation starts with; command-structure.json may relabel or add. */
export const DEFAULT_COMMAND_ROLES = [
  { id: 'incident-commander', label: 'Incident Commander' },
  { id: 'deputy-incident-commander', label: 'Deputy Incident Commander' },
  { id: 'operations', label: 'Operations Lead' },
  { id: 'communications-lead', label: 'Communications Lead' },
  { id: 'scribe', label: 'Scribe' },
  { id: 'liaison', label: 'Liaison Officer' },
  { id: 'planning', label: 'Planning Lead' },
  { id: 'sme', label: 'Subject-matter Expert' },
  { id: 'area-commander', label: 'Area Commander' },
] as const;

/** A person holding a role in one incident. */
export interface IncidentRoleAssignment {
  role: string;
  personId: string;
}

/** The label people know a role by; falls back to the id for roles nobody labelled. */
export function roleLabel(role: string, labels: Readonly<Record<string, string>> = {}): string {
  return labels[role] ?? DEFAULT_COMMAND_ROLES.find((r) => r.id === role)?.label ?? role;
}

/** Who holds a role in an incident, in assignment order. */
export function holdersOf(assignments: readonly IncidentRoleAssignment[], role: string): string[] {
  return assignments.filter((a) => a.role === role).map((a) => a.personId);
}
