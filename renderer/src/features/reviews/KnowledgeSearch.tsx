import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import {
  incidentKnowledge,
  reviewKnowledge,
} from '../../../../shared/reviews/knowledgeDocuments.ts';
import {
  KnowledgeIndex,
  type KnowledgeHit,
  type KnowledgeType,
} from '../../../../shared/reviews/knowledgeIndex.ts';
import { TextField, SelectField } from '../../ui/Field.tsx';
import { ExerciseMarker } from '../../ui/ExerciseMarker.tsx';
import { usePastIncidents, useReviews } from './reviewQueries.ts';

/** The snippet with the query's words marked (from ranges, so no markup comes from the text). */
function Snippet({ hit }: { hit: KnowledgeHit }) {
  const parts: React.ReactNode[] = [];
  let from = 0;
  for (const [start, end] of hit.highlights) {
    parts.push(
      hit.snippet.slice(from, start),
      <mark key={start}>{hit.snippet.slice(start, end)}</mark>,
    );
    from = end;
  }
  parts.push(hit.snippet.slice(from));
  return <p className="knowledge-snippet">{parts}</p>;
}

function linkTo(hit: KnowledgeHit): string {
  return hit.type === 'review' ? `/reviews/${hit.id}` : `/incidents/${hit.id}`;
}

/**
 * Search past incidents and reviews, offline: the same index the node's
 * search API uses, built here over what this window's database holds.
 */
export function KnowledgeSearch() {
  const { incidents } = usePastIncidents();
  const { documents: reviews } = useReviews();
  const [text, setText] = useState('');
  const [type, setType] = useState<'' | KnowledgeType>('');
  const index = useMemo(() => {
    const built = new KnowledgeIndex();
    for (const incident of incidents) built.add(incidentKnowledge(incident));
    for (const review of reviews) built.add(reviewKnowledge(review));
    return built;
  }, [incidents, reviews]);
  const hits = useMemo(
    () => index.search({ text, ...(type ? { type } : {}) }),
    [index, text, type],
  );
  return (
    <section className="command-panel stack" aria-label="Knowledge base">
      <h2 className="section-title">Knowledge base</h2>
      <div className="knowledge-query">
        <TextField
          label="Search past incidents and reviews"
          type="search"
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder="connection pool exhausted"
        />
        <SelectField
          label="Type"
          value={type}
          onChange={(e) => setType(e.target.value as '' | KnowledgeType)}
          options={[
            { value: '', label: 'Incidents and reviews' },
            { value: 'incident', label: 'Incidents' },
            { value: 'review', label: 'Reviews' },
          ]}
        />
      </div>
      {text.trim() && hits.length === 0 ? (
        <p className="muted">Nothing found for “{text}”.</p>
      ) : null}
      <ol className="knowledge-results" data-testid="knowledge-results">
        {hits.map((hit) => (
          <li key={`${hit.type}:${hit.id}`} data-testid="knowledge-hit">
            <Link to={linkTo(hit)}>
              {hit.exercise ? <ExerciseMarker /> : null} {hit.title}
            </Link>{' '}
            <span className="muted">{hit.type}</span>
            <Snippet hit={hit} />
          </li>
        ))}
      </ol>
    </section>
  );
}
