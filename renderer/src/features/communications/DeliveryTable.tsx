import type { Delivery } from '../../../../shared/communications/deliveries.ts';
import { Button } from '../../ui/Button.tsx';
import { useTimeFormat } from '../time/useTimeFormat.ts';
import { useCommand } from '../commands/useCommand.ts';
import { CHANNEL_LABELS, DELIVERY_LABELS } from './communicationView.ts';
import { DeliveredByHand } from './DeliveredByHand.tsx';

/** Delivery state per recipient and channel; in-doubt and failed ones can be settled by hand. */
export function DeliveryTable({
  messageId,
  deliveries,
  readOnly,
  text,
}: {
  messageId: string;
  /** The message as sent, for "copy text". */
  text: string;
  deliveries: readonly Delivery[];
  readOnly: boolean;
}) {
  const { time } = useTimeFormat();
  const { send, pending } = useCommand('resolveDelivery');
  return (
    <table className="comms-deliveries" data-testid="deliveries">
      <thead>
        <tr>
          <th scope="col">Recipient</th>
          <th scope="col">Channel</th>
          <th scope="col">State</th>
          <th scope="col">Detail</th>
        </tr>
      </thead>
      <tbody>
        {deliveries.map((d) => (
          <tr key={d.key} data-testid="delivery" data-state={d.state}>
            <td>{d.recipientName}</td>
            <td>{CHANNEL_LABELS[d.channel] ?? d.channel}</td>
            <td>
              <span className={`delivery-state delivery-${d.state}`}>
                {DELIVERY_LABELS[d.state]}
              </span>
            </td>
            <td className="comms-delivery-detail">
              {d.deliveredAt ? `at ${time(d.deliveredAt)}` : null}
              {d.byHand ? ` · by hand: ${d.byHand.how}` : null}
              {d.attempts > 1 ? ` · ${d.attempts} attempts` : null}
              {d.error ? <span className="muted"> {d.error}</span> : null}
              {!readOnly && (d.state === 'in-doubt' || d.state === 'failed') ? (
                <span className="comms-inline-actions">
                  <Button
                    busy={pending}
                    onClick={() => void send({ messageId, key: d.key, resolution: 'resend' })}
                  >
                    Resend
                  </Button>
                  {d.state === 'in-doubt' ? (
                    <Button
                      variant="ghost"
                      busy={pending}
                      onClick={() => void send({ messageId, key: d.key, resolution: 'delivered' })}
                    >
                      Mark delivered
                    </Button>
                  ) : null}
                </span>
              ) : null}
              {!readOnly &&
              (d.state === 'in-doubt' || d.state === 'failed' || d.state === 'queued') ? (
                <DeliveredByHand messageId={messageId} delivery={d} text={text} />
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
