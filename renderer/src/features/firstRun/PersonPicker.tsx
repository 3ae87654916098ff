import { useState } from 'react';
import type { PersonDoc } from '../../../../shared/schema/person.ts';
import { TextField } from '../../ui/Field.tsx';

/** Above this many people, a search box narrows the list. */
const SEARCH_FROM = 8;

function matches(person: PersonDoc, query: string): boolean {
  const haystack = `${person.displayName} ${person.jobTitle ?? ''}`.toLowerCase();
  return query
    .toLowerCase()
    .split(/\s+/)
    .every((word) => haystack.includes(word));
}

/** The workspace's people, alphabetically; choosing one signs this device in as them. */
export function PersonPicker({
  people,
  onChoose,
}: {
  people: readonly PersonDoc[];
  onChoose: (personId: string) => void;
}) {
  const [query, setQuery] = useState('');
  const shown = [...people]
    .filter((person) => matches(person, query.trim()))
    .sort((a, b) => a.displayName.localeCompare(b.displayName));
  return (
    <div className="stack">
      {people.length > SEARCH_FROM ? (
        <TextField
          label="Search people"
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
      ) : null}
      <ul className="person-picker" aria-label="People in this workspace">
        {shown.map((person) => (
          <li key={person.id}>
            <button type="button" className="person-option" onClick={() => onChoose(person.id)}>
              <span className="person-name">{person.displayName}</span>
              {person.jobTitle ? <span className="person-title">{person.jobTitle}</span> : null}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
