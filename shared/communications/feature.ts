import { applyCadencePolicy } from '../commands/applyCadencePolicy.ts';
import { draftCommunication } from '../commands/draftCommunication.ts';
import { editCommunication } from '../commands/editCommunication.ts';
import { noteCadenceDue } from '../commands/noteCadenceDue.ts';
import { markDeliveredByHand } from '../commands/markDeliveredByHand.ts';
import { overrideCommunicationApproval } from '../commands/overrideCommunicationApproval.ts';
import { recordDeliveryAttempt } from '../commands/recordDeliveryAttempt.ts';
import { recordDeliveryResult } from '../commands/recordDeliveryResult.ts';
import { requestCommunicationApproval } from '../commands/requestCommunicationApproval.ts';
import { resolveDelivery } from '../commands/resolveDelivery.ts';
import { reviewCommunication } from '../commands/reviewCommunication.ts';
import { sendCommunication } from '../commands/sendCommunication.ts';
import { setCommunicationCadence } from '../commands/setCommunicationCadence.ts';
import { defineSharedFeature } from '../feature.ts';

/** Stakeholder communications: drafts, approval, sending through the outbox, cadences. */
export const communicationsFeature = defineSharedFeature({
  name: 'communications',
  commands: {
    draftCommunication,
    editCommunication,
    requestCommunicationApproval,
    reviewCommunication,
    overrideCommunicationApproval,
    sendCommunication,
    recordDeliveryAttempt,
    recordDeliveryResult,
    setCommunicationCadence,
    applyCadencePolicy,
    noteCadenceDue,
    resolveDelivery,
    markDeliveredByHand,
  },
});
