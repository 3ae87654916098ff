import { escalationShape } from '../schema/escalation.ts';
import { defineKind } from '../store/kind.ts';

/** Running escalations (each field a register: the pure state machine owns `state`). */
export const escalationKinds = {
  escalations: defineKind({
    name: 'escalations',
    noun: 'escalation',
    shape: escalationShape,
    version: 0,
    appendOnly: false,
    storage: {
      collection: 'records',
      columns: { scope: 'incidentId', status: 'status', dueAt: 'nextDueAt' },
    },
  }),
};
