import { useState, type FormEvent } from 'react';
import { administratorsOf } from '../../../../shared/commands/administrators.ts';
import type { TrackerRow } from '../../../../shared/reviews/actionTracker.ts';
import { usePeopleById, useWorkspace } from '../../app/db/lanternQueries.ts';
import { useAppSelector } from '../../app/store/hooks.ts';
import { Button } from '../../ui/Button.tsx';
import { ExerciseMarker } from '../../ui/ExerciseMarker.tsx';
import { TextField } from '../../ui/Field.tsx';
import { problemFor } from '../commands/commandFailure.ts';
import { useCommand } from '../commands/useCommand.ts';
import { selectCurrentPersonId } from '../session/sessionSlice.ts';
import { useTimeFormat } from '../time/useTimeFormat.ts';

function CloseForm({ itemId }: { itemId: string }) {
  const { send, pending, failure } = useCommand('closeActionItem');
  const [note, setNote] = useState('');
  async function submit(event: FormEvent) {
    event.preventDefault();
    await send({ itemId, note });
  }
  return (
    <form className="close-item-form" onSubmit={submit} aria-label="Close action item">
      <TextField
        label="What was done (evidence)"
        value={note}
        onChange={(e) => setNote(e.target.value)}
        error={problemFor(failure, 'note')}
      />
      <Button type="submit" busy={pending}>
        Close item
      </Button>
    </form>
  );
}

/** The owner or an administrator may close an item; others see who may. */
function useMayClose(ownerId: string): boolean {
  const me = useAppSelector(selectCurrentPersonId);
  const { workspace } = useWorkspace();
  return me === ownerId || (!!workspace && !!me && administratorsOf(workspace).includes(me));
}

/** One action item: owner, due date in its own zone (and the viewer's), status; overdue says so. */
export function ActionItemRow({ row, showIncident }: { row: TrackerRow; showIncident: boolean }) {
  const { item, overdue } = row;
  const people = usePeopleById();
  const format = useTimeFormat();
  const mayClose = useMayClose(item.ownerId);
  const { send } = useCommand('updateActionItem');
  return (
    <li
      className={`action-item${overdue ? ' action-item-overdue' : ''}`}
      data-testid="action-item"
      data-status={item.status}
    >
      <div className="action-item-head">
        {item.exercise ? <ExerciseMarker /> : null}
        <strong>{item.title}</strong>
        {overdue ? <span className="badge badge-danger">Overdue</span> : null}
        <span className="muted">{item.priority}</span>
      </div>
      <div className="muted">
        {showIncident ? `${item.incidentReference} · ` : ''}
        {people.get(item.ownerId)?.displayName ?? item.ownerId} · due{' '}
        {format.inBothZones(item.dueAt, item.dueZone)} · {item.status}
      </div>
      {item.status === 'done' ? (
        <div className="muted">Closed: {item.closingNote}</div>
      ) : (
        <div className="action-item-controls">
          {item.status === 'open' ? (
            <Button
              variant="secondary"
              onClick={() => void send({ itemId: item.id, status: 'in-progress' })}
            >
              Start
            </Button>
          ) : null}
          {mayClose ? <CloseForm itemId={item.id} /> : null}
        </div>
      )}
    </li>
  );
}
