import { useState, type FormEvent, type KeyboardEvent } from 'react';
import type { MANUAL_TIMELINE_KINDS } from '../../../../shared/commands/addTimelineEntry.ts';
import { Button } from '../../ui/Button.tsx';
import { SelectField, TextAreaField } from '../../ui/Field.tsx';
import { problemFor } from '../commands/commandFailure.ts';
import { useCommand } from '../commands/useCommand.ts';
import { MANUAL_KIND_OPTIONS } from './timelineKinds.ts';

type ManualKind = (typeof MANUAL_TIMELINE_KINDS)[number];

/** Write to the incident's timeline; Ctrl/⌘+Enter sends. */
export function TimelineComposer({ incidentId }: { incidentId: string }) {
  const { send, pending, failure } = useCommand('addTimelineEntry');
  const [text, setText] = useState('');
  const [kind, setKind] = useState<ManualKind>('note');

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    const outcome = await send({ incidentId, text, kind });
    if (outcome.ok) setText('');
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void submit();
  }

  return (
    <form className="timeline-composer" onSubmit={submit} aria-label="Add to the timeline">
      <TextAreaField
        label="Timeline entry"
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
        error={problemFor(failure, 'text')}
        placeholder="What happened, what was decided, who is doing what…"
        rows={2}
      />
      <div className="timeline-composer-actions">
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
