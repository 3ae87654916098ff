import type { Actor } from '../../../../shared/commands/command.ts';
import type { CommandInput, CommandName } from '../../../../shared/commands/registry.ts';
import { createAppAsyncThunk } from '../../app/store/thunkTypes.ts';
import { currentIdentityPrompt, withStepUp } from '../session/stepUp.ts';
import { toCommandFailure } from './commandFailure.ts';

export type CommandRequest = {
  [K in CommandName]: { name: K; input: CommandInput<K> };
}[CommandName];

/** First-run commands run before this browser has a profile. */
export const FIRST_RUN_ACTOR: Actor = { kind: 'person', id: 'first-run' };

/** Sends one command through the bridge as the current person. */
export const runCommand = createAppAsyncThunk(
  'commands/run',
  async (request: CommandRequest, { extra, getState, rejectWithValue }) => {
    const personId = getState().session.currentPersonId;
    const actor: Actor = personId ? { kind: 'person', id: personId } : FIRST_RUN_ACTOR;
    const bridge = extra.bridge;
    try {
      // A step-up refusal asks for the PIN or passphrase and sends the command once more.
      return (await withStepUp(
        () => bridge.sendCommand(request.name, request.input as never, actor),
        toCommandFailure,
        currentIdentityPrompt(),
        bridge.confirmIdentity?.bind(bridge),
      )) as unknown;
    } catch (error) {
      return rejectWithValue(toCommandFailure(error));
    }
  },
);

/** Loads the demo organisation; failures toast like commands do. */
export const seedDemoOrganisation = createAppAsyncThunk(
  'commands/seedDemo',
  async (_: undefined, { extra, rejectWithValue }) => {
    try {
      return (await extra.bridge.seedDemo()) as unknown;
    } catch (error) {
      return rejectWithValue(toCommandFailure(error));
    }
  },
);
