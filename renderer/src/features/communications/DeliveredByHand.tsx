import { useState } from 'react';
import type { Delivery } from '../../../../shared/communications/deliveries.ts';
import { Button } from '../../ui/Button.tsx';
import { RefusalNotice } from '../command/RefusalNotice.tsx';
import { useCommand } from '../commands/useCommand.ts';

/**
 * For a delivery the outbox could not make: copy the text to send it some
 * other way, then record who delivered it, how and when.
 */
export function DeliveredByHand({
  messageId,
  delivery,
  text,
}: {
  messageId: string;
  delivery: Delivery;
  text: string;
}) {
  const [open, setOpen] = useState(false);
  const [how, setHow] = useState('');
  const [copied, setCopied] = useState(false);
  const mark = useCommand('markDeliveredByHand');
  const copy = () => {
    void navigator.clipboard?.writeText(text).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };
  return (
    <span className="comms-inline-actions">
      <Button variant="ghost" onClick={copy}>
        {copied ? 'Copied' : 'Copy text'}
      </Button>
      {open ? (
        <form
          className="comms-by-hand"
          onSubmit={(event) => {
            event.preventDefault();
            void mark
              .send({ messageId, key: delivery.key, how })
              .then((o) => o.ok && setOpen(false));
          }}
        >
          <label>
            How did it reach {delivery.recipientName}?
            <input
              value={how}
              onChange={(event) => setHow(event.target.value)}
              placeholder="phoned them, read on the bridge call…"
              required
              minLength={3}
            />
          </label>
          <Button variant="primary" type="submit" busy={mark.pending}>
            Record delivery
          </Button>
          <RefusalNotice failure={mark.failure} />
        </form>
      ) : (
        <Button onClick={() => setOpen(true)}>Delivered by hand…</Button>
      )}
    </span>
  );
}
