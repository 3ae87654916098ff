import { useState } from 'react';
import type { ReviewDoc } from '../../../../shared/schema/review.ts';
import { Button } from '../../ui/Button.tsx';
import { TextAreaField } from '../../ui/Field.tsx';
import { problemFor } from '../commands/commandFailure.ts';
import { useCommand } from '../commands/useCommand.ts';
import { PersonalDataNotice } from './PersonalDataNotice.tsx';
import { SectionLabel } from './SectionLabel.tsx';

const TITLES = { summary: 'Summary', impact: 'Impact' } as const;

/** Summary or impact: prose, saved as a whole (each its own field, so both writers keep theirs). */
export function ReviewSectionText({
  review,
  section,
  names,
  readOnly,
}: {
  review: ReviewDoc;
  section: 'summary' | 'impact';
  names: readonly string[];
  readOnly: boolean;
}) {
  const stored = review[section];
  const [text, setText] = useState(stored);
  const [base, setBase] = useState(stored);
  // A peer's edit arrives while this person has not changed the text: show it
  // (adjusted while rendering, as React recommends for state derived from props).
  if (stored !== base) {
    setBase(stored);
    if (text === base) setText(stored);
  }
  const { send, pending, failure } = useCommand('editReviewSection');
  return (
    <section className="review-section" aria-label={TITLES[section]}>
      <div className="review-section-head">
        <h2 className="section-title">{TITLES[section]}</h2>
        <SectionLabel review={review} section={section} />
      </div>
      {readOnly ? (
        <p className="review-prose">{stored || 'Not written.'}</p>
      ) : (
        <>
          <TextAreaField
            label={TITLES[section]}
            rows={4}
            value={text}
            onChange={(e) => setText(e.target.value)}
            error={problemFor(failure, 'text')}
          />
          {text !== stored ? (
            <p className="muted" role="status">
              Not saved yet.
            </p>
          ) : null}
          <div>
            <Button
              busy={pending}
              disabled={text === stored}
              onClick={() => void send({ reviewId: review.id, section, text })}
            >
              Save {TITLES[section].toLowerCase()}
            </Button>
          </div>
        </>
      )}
      <PersonalDataNotice text={readOnly ? stored : text} names={names} />
    </section>
  );
}
