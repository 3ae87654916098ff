import type { AnyCommand } from '../feature.ts';
import type { Actor, CommandReads } from '../commands/command.ts';
import { conflict, forbidden } from '../commands/errors.ts';
import { permissionAllows, whoMay, workspaceRoleOf } from './roles.ts';
import { scopeAllows, scopesAllowing } from './scopes.ts';
import { requireStepUp } from './stepUp.ts';

function doing(command: AnyCommand): string {
  return `${command.summary.charAt(0).toLowerCase()}${command.summary.slice(1)} (${command.name})`;
}

/**
 * Whether `actor` may run `command`, checked by the executor before the
 * command plans anything: the command's declared permission against the
 * person's workspace role, an integration's scopes, and step-up. Refusals
 * name who may.
 */
export async function authoriseCommand(
  reads: CommandReads,
  command: AnyCommand,
  actor: Actor,
  now: Date,
): Promise<void> {
  // The node's own jobs (demo import, schedulers) run anything, even before a workspace exists.
  if (actor.kind === 'system' && command.permission !== 'bootstrap') return;
  const [workspace] = await reads.find('workspaces', {});
  if (command.permission === 'bootstrap') {
    if (!workspace) return;
    throw conflict(
      `This node already belongs to the workspace "${workspace.name}"; only ${whoMay('bootstrap')} may ${doing(command)}`,
    );
  }
  if (!workspace)
    throw conflict(
      'This node has no workspace yet: create one or load the demo organisation first',
    );
  if (command.permission === 'node')
    throw forbidden(`Only ${whoMay('node')} may ${doing(command)}.`);
  if (actor.kind === 'integration') return authoriseIntegration(command, actor);
  const person = await reads.get('people', actor.id);
  if (!person) throw forbidden(`Unknown person "${actor.id}": sign in with your own profile first`);
  if (person.deactivatedAt)
    throw forbidden(
      `${person.displayName} has been deactivated; an administrator can reactivate them`,
    );
  if (actor.authentication?.byIntegration) authoriseIntegration(command, actor);
  const role = workspaceRoleOf(person, workspace);
  if (!permissionAllows(command.permission, role))
    throw forbidden(
      `Only ${whoMay(command.permission)} may ${doing(command)}; ${person.displayName} is ${role === 'observer' ? 'an observer' : `a ${role}`}.`,
    );
  if (command.stepUp) requireStepUp({ actor, now }, command.stepUp);
}

function authoriseIntegration(command: AnyCommand, actor: Actor): void {
  if (actor.authentication?.method === 'operator-token') {
    if (command.operator) return;
    throw forbidden(
      `The node token is the operator's credential and cannot ${doing(command)}: sign in as a person (POST /api/v1/sessions) or use an integration token.`,
    );
  }
  const scopes = actor.authentication?.scopes ?? [];
  const name = actor.authentication?.byIntegration ?? actor.id;
  const open = command.permission === 'person' || command.permission === 'observer';
  if (open && !command.stepUp && scopeAllows(scopes, command.name)) return;
  const allowing = open && !command.stepUp ? scopesAllowing(command.name) : [];
  throw forbidden(
    allowing.length > 0
      ? `The integration "${name}" may not ${doing(command)}: its token needs the scope ${allowing.join(' or ')}.`
      : `Only ${whoMay(command.permission)} may ${doing(command)}${command.stepUp ? ', confirming with their PIN or passphrase' : ''}; no integration token may.`,
  );
}
