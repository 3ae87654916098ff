import type { CommandInput } from '../../../shared/commands/registry.ts';
import type { TestLantern } from './testLantern.testHelpers.ts';

/** A workspace with one commander; returns the commander's person id. */
export async function seedWorkspace(
  lantern: TestLantern,
  displayName = 'Amara Okafor',
): Promise<string> {
  const { person } = await lantern.bridge.sendCommand(
    'createWorkspace',
    { workspaceName: 'Northwind Logistics', displayName },
    { kind: 'person', id: 'first-run' },
  );
  return person.id;
}

export async function declare(
  lantern: TestLantern,
  personId: string,
  input: CommandInput<'declareIncident'>,
) {
  return lantern.bridge.sendCommand('declareIncident', input, { kind: 'person', id: personId });
}

export async function addEntry(
  lantern: TestLantern,
  personId: string,
  input: CommandInput<'addTimelineEntry'>,
) {
  return lantern.bridge.sendCommand('addTimelineEntry', input, { kind: 'person', id: personId });
}
