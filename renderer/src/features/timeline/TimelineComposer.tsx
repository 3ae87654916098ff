import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { MANUAL_TIMELINE_KINDS } from '../../../../shared/commands/addTimelineEntry.ts';
import type { TimelineEntryDoc } from '../../../../shared/schema/timelineEntry.ts';
import { useAppDispatch, useAppSelector } from '../../app/store/hooks.ts';
import { Button } from '../../ui/Button.tsx';
import { zoneLabel, zonedInputToIso } from '../../../../shared/time/displayTime.ts';
import { SelectField, TextAreaField, TextField } from '../../ui/Field.tsx';
import { isUnreachable, problemFor } from '../commands/commandFailure.ts';
import { entryQueued } from '../outbox/outboxSlice.ts';
import { useCommand } from '../commands/useCommand.ts';
import { useTimeFormat } from '../time/useTimeFormat.ts';
import { MANUAL_KIND_OPTIONS } from './timelineKinds.ts';
import { correctionEnded, selectCorrectingEntryId } from './timelineSlice.ts';

type ManualKind = (typeof MANUAL_TIMELINE_KINDS)[number];

/** Write to the incident's timeline, or correct an entry; Ctrl/⌘+Enter sends. */
export function TimelineComposer({
  incidentId,
  entries,
}: {
  incidentId: string;
  entries: readonly TimelineEntryDoc[];
}) {
  const { time, zone } = useTimeFormat();
  const [happenedAt, setHappenedAt] = useState('');
  const dispatch = useAppDispatch();
  const { send, pending, failure } = useCommand('addTimelineEntry');
  const [text, setText] = useState('');
  const [kind, setKind] = useState<ManualKind>('note');
  const correctingId = useAppSelector(selectCorrectingEntryId);
  const correcting = correctingId ? entries.find((e) => e.id === correctingId) : undefined;
  const textRef = useRef<HTMLTextAreaElement>(null);

  // "Correct" on an entry brings the writer here.
  useEffect(() => {
    if (correctingId) textRef.current?.focus();
  }, [correctingId]);

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    const corrects = correcting ? { corrects: correcting.id } : {};
    // Read in the zone the person sees times in; an unreadable value goes as typed so the node says why.
    const occurredAt = happenedAt ? (zonedInputToIso(happenedAt, zone) ?? happenedAt) : undefined;
    const backdated = occurredAt ? { occurredAt } : {};
    const entryId = `tl-${crypto.randomUUID()}`;
    const outcome = await send({ incidentId, text, kind, entryId, ...corrects, ...backdated });
    if (!outcome.ok && isUnreachable(outcome.failure) && !correcting)
      dispatch(
        entryQueued({
          entryId,
          incidentId,
          text: text.trim(),
          kind,
          starred: false,
          queuedAt: new Date().toISOString(),
          ...backdated,
        }),
      );
    else if (!outcome.ok) return;
    setText('');
    setHappenedAt('');
    if (correcting) dispatch(correctionEnded());
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void submit();
  }

  return (
    <form className="timeline-composer" onSubmit={submit} aria-label="Add to the timeline">
      {correcting ? (
        <div className="timeline-correcting" role="status">
          <span>
            Correcting the {time(correcting.at)} entry: “{correcting.text}”
          </span>
          <Button variant="ghost" onClick={() => dispatch(correctionEnded())}>
            Cancel correction
          </Button>
        </div>
      ) : null}
      <TextAreaField
        ref={textRef}
        label="Timeline entry"
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
        error={problemFor(failure, 'text')}
        placeholder="What happened, what was decided, who is doing what…"
        rows={2}
      />
      <div className="timeline-composer-actions">
        <TextField
          type="datetime-local"
          label={`Happened at (${zoneLabel(zone, new Date())}, if earlier)`}
          value={happenedAt}
          onChange={(event) => setHappenedAt(event.target.value)}
          error={problemFor(failure, 'occurredAt')}
        />
        <SelectField
          label="Entry kind"
          options={MANUAL_KIND_OPTIONS}
          value={kind}
          onChange={(event) => setKind(event.target.value as ManualKind)}
        />
        <Button type="submit" variant="primary" busy={pending}>
          Add entry
        </Button>
      </div>
    </form>
  );
}
