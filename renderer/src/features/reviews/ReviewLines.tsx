import { useState, type FormEvent } from 'react';
import {
  CAUSE_CATEGORIES,
  type CauseCategory,
  type ReviewDoc,
} from '../../../../shared/schema/review.ts';
import type { ReviewList } from '../../../../shared/reviews/commands/reviewLines.ts';
import { zonedInputToIso } from '../../../../shared/time/displayTime.ts';
import { Button } from '../../ui/Button.tsx';
import { SelectField, TextField } from '../../ui/Field.tsx';
import { problemFor } from '../commands/commandFailure.ts';
import { useCommand } from '../commands/useCommand.ts';
import { useTimeFormat } from '../time/useTimeFormat.ts';
import { PersonalDataNotice } from './PersonalDataNotice.tsx';
import { SectionLabel } from './SectionLabel.tsx';

const TITLES: Record<ReviewList, string> = {
  timeline: 'Timeline',
  factors: 'Contributing factors',
  wentWell: 'What went well',
  wasHard: 'What was hard',
};

type Line = ReviewDoc[ReviewList][number];

function AddLineForm({ review, list }: { review: ReviewDoc; list: ReviewList }) {
  const format = useTimeFormat();
  const { send, pending, failure } = useCommand('saveReviewLine');
  const [text, setText] = useState('');
  const [category, setCategory] = useState<CauseCategory>('process-gap');
  const [when, setWhen] = useState('');
  async function submit(event: FormEvent) {
    event.preventDefault();
    const at = list === 'timeline' ? zonedInputToIso(when, format.zone) : undefined;
    const outcome = await send({
      reviewId: review.id,
      list,
      text,
      ...(list === 'factors' ? { category } : {}),
      ...(at ? { at } : {}),
    });
    if (outcome.ok) setText('');
  }
  return (
    <form className="review-line-form" onSubmit={submit} aria-label={`Add to ${TITLES[list]}`}>
      {list === 'timeline' ? (
        <TextField
          label={`When (${format.zone})`}
          type="datetime-local"
          value={when}
          onChange={(e) => setWhen(e.target.value)}
          error={problemFor(failure, 'at')}
        />
      ) : null}
      {list === 'factors' ? (
        <SelectField
          label="Cause category"
          value={category}
          onChange={(e) => setCategory(e.target.value as CauseCategory)}
          options={CAUSE_CATEGORIES.map((c) => ({ value: c, label: c }))}
        />
      ) : null}
      <TextField
        label={list === 'factors' ? 'Contributing factor' : 'Line'}
        value={text}
        onChange={(e) => setText(e.target.value)}
        error={problemFor(failure, 'text') ?? problemFor(failure, 'category')}
      />
      <div>
        <Button type="submit" busy={pending}>
          Add
        </Button>
      </div>
    </form>
  );
}

function LineRow({
  review,
  list,
  line,
  names,
  readOnly,
}: {
  review: ReviewDoc;
  list: ReviewList;
  line: Line;
  names: readonly string[];
  readOnly: boolean;
}) {
  const format = useTimeFormat();
  const { send: remove } = useCommand('removeReviewLine');
  const when = 'at' in line && list === 'timeline' ? format.dateTime(line.at) : undefined;
  return (
    <li className="review-line" data-testid="review-line">
      <span>
        {when ? <span className="muted">{when} </span> : null}
        {'category' in line ? <strong>{line.category}: </strong> : null}
        {line.text}
        {'sourceEntryId' in line && line.sourceEntryId ? (
          <span className="muted"> (from the incident timeline)</span>
        ) : null}
      </span>
      {readOnly ? null : (
        <Button
          variant="ghost"
          onClick={() => void remove({ reviewId: review.id, list, lineId: line.id })}
        >
          Remove
        </Button>
      )}
      <PersonalDataNotice text={line.text} names={names} />
    </li>
  );
}

/** One of the review's lists; every line is added, changed and removed on its own. */
export function ReviewLines(props: {
  review: ReviewDoc;
  list: ReviewList;
  names: readonly string[];
  readOnly: boolean;
}) {
  const { review, list } = props;
  const lines = review[list] as Line[];
  return (
    <section className="review-section" aria-label={TITLES[list]}>
      <div className="review-section-head">
        <h2 className="section-title">
          {TITLES[list]} <span className="count">{lines.length}</span>
        </h2>
        <SectionLabel review={review} section={list} />
      </div>
      <ul className="review-lines">
        {lines.map((line) => (
          <LineRow key={line.id} {...props} line={line} />
        ))}
      </ul>
      {props.readOnly ? null : <AddLineForm review={review} list={list} />}
    </section>
  );
}
