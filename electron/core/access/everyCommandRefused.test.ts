import { describe, expect, it } from 'vitest';
import { whoMay } from '../../../shared/access/roles.ts';
import type { Actor } from '../../../shared/commands/command.ts';
import { CommandError } from '../../../shared/commands/errors.ts';
import { commands, COMMAND_NAMES } from '../../../shared/commands/registry.ts';
import type { AnyCommand } from '../../../shared/feature.ts';
import { createTestExecutor } from '../commands/testNode.testHelpers.ts';
import { signedIn } from '../commands/signedIn.testHelpers.ts';

const SYSTEM: Actor = { kind: 'system', id: 'test' };
const NO_SCOPES: Actor = {
  kind: 'integration',
  id: 'token-empty',
  authentication: { credentialId: 'token-empty', method: 'integration-token', scopes: [] },
};

async function workspaceWithPeople() {
  const node = await createTestExecutor();
  const created = await node.executor.execute(
    'createWorkspace',
    { workspaceName: 'Northwind', displayName: 'Ada Admin' },
    SYSTEM,
  );
  const register = (displayName: string) =>
    node.executor.execute('registerPerson', { displayName }, SYSTEM);
  const responder = await register('Rui Responder');
  const observer = await register('Olu Observer');
  await node.executor.execute(
    'setWorkspaceRole',
    { personId: observer.id, role: 'observer' },
    SYSTEM,
  );
  return {
    ...node,
    adminId: created.person.id,
    responderId: responder.id,
    observerId: observer.id,
  };
}

/** Who, of the people here, lacks the permission the command declares. */
function withoutPermission(
  command: AnyCommand,
  people: { responderId: string; observerId: string },
): Actor {
  switch (command.permission) {
    case 'node':
    case 'administrator':
      return signedIn(people.responderId);
    case 'person':
      return signedIn(people.observerId);
    case 'observer':
    case 'bootstrap':
      return NO_SCOPES;
  }
}

describe('every command in the registry', () => {
  it('refuses a caller without the permission, names who may, and writes nothing', async () => {
    const node = await workspaceWithPeople();
    const count = async () => ({
      audit: await node.database.audit.count().exec(),
      records: await node.database.records.count().exec(),
    });
    const before = await count();
    const refusals: string[] = [];
    for (const name of COMMAND_NAMES) {
      const command = commands[name] as AnyCommand;
      const error = await node.executor.execute(name, {}, withoutPermission(command, node)).then(
        () => undefined,
        (caught: unknown) => caught,
      );
      expect(error, name).toBeInstanceOf(CommandError);
      const message = (error as CommandError).message;
      if (command.permission === 'bootstrap') expect(message, name).toMatch(/already belongs/);
      else expect(message, name).toContain(whoMay(command.permission));
      refusals.push(name);
    }
    expect(refusals).toHaveLength(COMMAND_NAMES.length);
    expect(await count()).toEqual(before);
  });
});
