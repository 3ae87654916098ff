import { cadenceStatus, type CadenceStatus } from '../../../../shared/communications/cadence.ts';
import type { ApprovalStatus } from '../../../../shared/communications/approval.ts';
import {
  messageDeliveryStatus,
  type Delivery,
  type DeliveryState,
} from '../../../../shared/communications/deliveries.ts';
import type { CommunicationDoc } from '../../../../shared/schema/communication.ts';

export type MessageStage =
  | ApprovalStatus
  | 'draft'
  | 'sent'
  | 'sending'
  | 'retrying'
  | 'queued'
  | 'in-doubt'
  | 'failed'
  | 'suppressed'
  | 'none';

/**
 * Where a message stands, in the words on its card. Once sent it is "Sent"
 * only when at least one channel accepted it (or someone delivered it by
 * hand); otherwise it says it is queued, retrying, in doubt or not delivered.
 */
export function messageStage(message: CommunicationDoc): MessageStage {
  if (message.sentAt) return messageDeliveryStatus((message.deliveries ?? []) as Delivery[]);
  const status = message.approval?.status ?? 'not-required';
  return status === 'not-required' ? 'draft' : status;
}

export const STAGE_LABELS: Record<MessageStage, string> = {
  draft: 'Draft',
  'not-required': 'Draft',
  'not-requested': 'Draft — approval not requested',
  'in-review': 'In review',
  'changes-requested': 'Changes requested',
  approved: 'Approved — ready to send',
  overridden: 'Approved by emergency override',
  sent: 'Sent',
  sending: 'Sending',
  retrying: 'Retrying — not delivered yet',
  queued: 'Queued — not delivered yet',
  'in-doubt': 'In doubt — check',
  failed: 'Not delivered',
  suppressed: 'Suppressed (exercise)',
  none: 'Not delivered: nobody to send to',
};

export const DELIVERY_LABELS: Record<DeliveryState, string> = {
  queued: 'Queued',
  sending: 'Sending',
  delivered: 'Delivered',
  failed: 'Failed',
  suppressed: 'Suppressed (exercise)',
  'in-doubt': 'In doubt — check',
  stopped: 'Not sent — acknowledged',
};

export const CHANNEL_LABELS: Record<string, string> = {
  email: 'Email',
  sms: 'SMS',
  webhook: 'Webhook',
  statuspage: 'Status page',
  voice: 'Voice call',
  push: 'Push',
};

export interface CadenceView {
  cadence: CommunicationDoc;
  status: CadenceStatus;
  /** Minutes until due (negative when overdue). */
  minutesLeft: number;
}

/** Running cadences with their status now, overdue first, then soonest due. */
export function cadenceViews(cadences: readonly CommunicationDoc[], now: Date): CadenceView[] {
  return cadences
    .filter((c) => c.kind === 'cadence' && !c.stopped && c.nextDueAt)
    .map((cadence) => ({
      cadence,
      status: cadenceStatus(
        {
          nextDueAt: cadence.nextDueAt ?? '',
          remindBeforeMinutes: cadence.remindBeforeMinutes ?? 5,
        },
        now,
      ),
      minutesLeft: Math.ceil((Date.parse(cadence.nextDueAt ?? '') - now.getTime()) / 60_000),
    }))
    .sort((a, b) => a.minutesLeft - b.minutesLeft);
}

/** "due in 12 min", "overdue by 3 min". */
export function dueText(view: Pick<CadenceView, 'minutesLeft'>): string {
  if (view.minutesLeft <= 0) return `overdue by ${Math.max(1, -view.minutesLeft)} min`;
  return `due in ${view.minutesLeft} min`;
}
