import type { AVAILABILITY_STATUSES } from '../../../../shared/commands/setAvailability.ts';
import { createAppAsyncThunk } from '../../app/store/thunkTypes.ts';
import { runCommand } from '../commands/runCommand.ts';

/** The palette's "Set availability: …": for whoever is signed in on this window. */
export const setOwnAvailability = createAppAsyncThunk(
  'availability/setOwn',
  async (status: (typeof AVAILABILITY_STATUSES)[number], { dispatch, getState }) => {
    const personId = getState().session.currentPersonId;
    if (!personId) return;
    await dispatch(runCommand({ name: 'setAvailability', input: { personId, status } }));
  },
);
