import { useAppDispatch, useAppSelector } from '../../app/store/hooks.ts';
import { Button } from '../../ui/Button.tsx';
import { flushOutbox } from './flushOutbox.ts';
import { entryDiscarded, selectOutboxSending, selectQueuedEntries } from './outboxSlice.ts';

/** The incident's entries not sent yet: visible, in order, and sent when the node is back. */
export function OutboxList({ incidentId }: { incidentId: string }) {
  const dispatch = useAppDispatch();
  const sending = useAppSelector(selectOutboxSending);
  const entries = useAppSelector(selectQueuedEntries).filter((e) => e.incidentId === incidentId);
  if (entries.length === 0) return null;
  return (
    <section className="outbox" aria-label="Not sent yet" data-testid="outbox">
      <div className="outbox-head">
        <strong>
          Not sent yet ({entries.length}) — the node cannot be reached; sent as soon as it is
        </strong>
        <Button busy={sending} onClick={() => void dispatch(flushOutbox())}>
          Try now
        </Button>
      </div>
      <ol className="outbox-entries">
        {entries.map((entry) => (
          <li key={entry.entryId} className="outbox-entry">
            <span>{entry.text}</span>
            {entry.refusal ? (
              <>
                <span className="outbox-refusal">Refused: {entry.refusal}</span>
                <Button variant="ghost" onClick={() => dispatch(entryDiscarded(entry.entryId))}>
                  Discard
                </Button>
              </>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
