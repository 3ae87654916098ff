import { communicationShape } from '../schema/communication.ts';
import { communicationLogShape } from '../schema/communicationLog.ts';
import { defineKind } from '../store/kind.ts';
import { listOf, objectOf } from '../sync/mergeRuleTypes.ts';

const communicationRule = objectOf({
  /** The sending node and people resolving deliveries change different deliveries. */
  deliveries: listOf({ key: (delivery) => String(delivery.key) }),
});

/** Messages and cadences, and the append-only log of what happened to them. */
export const communicationKinds = {
  communications: defineKind({
    name: 'communications',
    noun: 'communication',
    shape: communicationShape,
    version: 0,
    appendOnly: false,
    storage: { collection: 'records', columns: { scope: 'incidentId', category: 'kind' } },
    merge: communicationRule,
  }),
  communicationLog: defineKind({
    name: 'communicationLog',
    noun: 'communication log entry',
    shape: communicationLogShape,
    version: 0,
    appendOnly: true,
    storage: { collection: 'own', indexes: [['incidentId', 'hlc']] },
  }),
};
