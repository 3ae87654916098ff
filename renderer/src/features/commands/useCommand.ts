import { useCallback, useState } from 'react';
import type {
  CommandInput,
  CommandName,
  CommandResult,
} from '../../../../shared/commands/registry.ts';
import { useAppDispatch } from '../../app/store/hooks.ts';
import type { CommandFailure } from './commandFailure.ts';
import { runCommand, type CommandRequest } from './runCommand.ts';

export type CommandOutcome<K extends CommandName> =
  { ok: true; result: CommandResult<K> } | { ok: false; failure: CommandFailure };

/**
 * Sends one kind of command from a form. Failures are toasted by the store's
 * listener; the form also gets them back to show each problem by its field.
 */
export function useCommand<K extends CommandName>(name: K) {
  const dispatch = useAppDispatch();
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<CommandFailure | null>(null);

  const send = useCallback(
    async (input: CommandInput<K>): Promise<CommandOutcome<K>> => {
      setPending(true);
      const action = await dispatch(runCommand({ name, input } as CommandRequest));
      setPending(false);
      if (runCommand.fulfilled.match(action)) {
        setFailure(null);
        return { ok: true, result: action.payload as CommandResult<K> };
      }
      const reason = action.payload ?? {
        code: 'unknown',
        message: action.error.message ?? 'The node did not answer.',
        problems: [],
      };
      setFailure(reason);
      return { ok: false, failure: reason };
    },
    [dispatch, name],
  );

  return { send, pending, failure };
}
