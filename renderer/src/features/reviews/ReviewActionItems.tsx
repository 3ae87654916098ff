import { useMemo, useState, type FormEvent } from 'react';
import { trackerRows } from '../../../../shared/reviews/actionTracker.ts';
import { ACTION_ITEM_PRIORITIES, type ReviewDoc } from '../../../../shared/schema/review.ts';
import { zonedInputToIso } from '../../../../shared/time/displayTime.ts';
import { usePeople } from '../../app/db/lanternQueries.ts';
import { Button } from '../../ui/Button.tsx';
import { SelectField, TextField } from '../../ui/Field.tsx';
import { problemFor } from '../commands/commandFailure.ts';
import { useCommand } from '../commands/useCommand.ts';
import { useNow } from '../incidents/useNow.ts';
import { useTimeFormat } from '../time/useTimeFormat.ts';
import { ActionItemRow } from './ActionItemRow.tsx';
import { useActionItems } from './reviewQueries.ts';

type Priority = (typeof ACTION_ITEM_PRIORITIES)[number];

function AddActionItemForm({ review }: { review: ReviewDoc }) {
  const format = useTimeFormat();
  const { documents: people } = usePeople();
  const { send, pending, failure } = useCommand('addActionItem');
  const [title, setTitle] = useState('');
  const [ownerId, setOwnerId] = useState('');
  const [due, setDue] = useState('');
  const [priority, setPriority] = useState<Priority>('medium');
  async function submit(event: FormEvent) {
    event.preventDefault();
    // The deadline is typed in the zone the viewer sees times in, and kept with that zone.
    const dueAt = zonedInputToIso(due, format.zone) ?? due;
    const outcome = await send({
      reviewId: review.id,
      title,
      ownerId,
      dueAt,
      dueZone: format.zone,
      priority,
    });
    if (outcome.ok) setTitle('');
  }
  return (
    <form className="review-line-form" onSubmit={submit} aria-label="Add action item">
      <TextField
        label="Action item"
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        error={problemFor(failure, 'title')}
      />
      <SelectField
        label="Owner"
        value={ownerId}
        onChange={(e) => setOwnerId(e.target.value)}
        options={[
          { value: '', label: 'Choose an owner…' },
          ...people.map((p) => ({ value: p.id, label: p.displayName })),
        ]}
        error={problemFor(failure, 'ownerId')}
      />
      <TextField
        label={`Due (${format.zone})`}
        type="datetime-local"
        value={due}
        onChange={(e) => setDue(e.target.value)}
        error={problemFor(failure, 'dueAt')}
      />
      <SelectField
        label="Priority"
        value={priority}
        onChange={(e) => setPriority(e.target.value as Priority)}
        options={ACTION_ITEM_PRIORITIES.map((p) => ({ value: p, label: p }))}
      />
      <div>
        <Button type="submit" busy={pending}>
          Add action item
        </Button>
      </div>
    </form>
  );
}

/** The review's action items, overdue first; they live in the central tracker. */
export function ReviewActionItems({ review }: { review: ReviewDoc }) {
  const { documents } = useActionItems(review.id);
  const now = useNow(60_000);
  const rows = useMemo(() => trackerRows(documents, new Date(now)), [documents, now]);
  return (
    <section className="review-section" aria-label="Action items">
      <h2 className="section-title">
        Action items <span className="count">{rows.length}</span>
      </h2>
      <ul className="action-items">
        {rows.map((row) => (
          <ActionItemRow key={row.item.id} row={row} showIncident={false} />
        ))}
      </ul>
      <AddActionItemForm review={review} />
    </section>
  );
}
