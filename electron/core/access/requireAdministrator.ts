import type { IncomingMessage } from 'node:http';
import { requireStepUp } from '../../../shared/access/stepUp.ts';
import { administratorsOf } from '../../../shared/commands/administrators.ts';
import { forbidden } from '../../../shared/commands/errors.ts';
import { kindStore } from '../../../shared/store/kindStore.ts';
import type { ApiContext } from '../http/apiContext.ts';
import { requestActor } from '../http/requestActor.ts';

/**
 * For reads that hand out a secret (the workspace's join code): only a
 * signed-in administrator who confirmed their PIN or passphrase recently.
 */
export async function requireAdministratorStepUp(
  request: IncomingMessage,
  api: ApiContext,
  what: string,
): Promise<void> {
  const actor = requestActor(request);
  const workspace = await kindStore(api.database).findOne('workspaces');
  const administrators = workspace ? administratorsOf(workspace) : [];
  if (actor.kind !== 'person' || !administrators.includes(actor.id))
    throw forbidden(`Only a signed-in workspace administrator may ${what}`);
  requireStepUp({ actor, now: new Date() }, what);
}
