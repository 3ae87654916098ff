import { useState } from 'react';
import type { CatalogChange, CatalogImportDoc } from '../../../../shared/schema/catalog.ts';
import { Button } from '../../ui/Button.tsx';
import { RefusalNotice } from '../command/RefusalNotice.tsx';
import { useCommand } from '../commands/useCommand.ts';
import { useTimeFormat } from '../time/useTimeFormat.ts';

function shown(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.join(', ');
  return JSON.stringify(value);
}

function ChangeRow({
  change,
  accepted,
  toggle,
}: {
  change: CatalogChange;
  accepted: boolean;
  toggle: () => void;
}) {
  return (
    <tr>
      <td>
        <input
          type="checkbox"
          checked={accepted}
          onChange={toggle}
          aria-label={`Accept ${change.op} ${change.target} ${change.name}`}
        />
      </td>
      <td>{change.op === 'add' ? `new ${change.target}` : `changed ${change.target}`}</td>
      <td>{change.name}</td>
      <td>
        <ul className="catalog-fields">
          {change.fields.map((field) => (
            <li key={field.field}>
              <strong>{field.field}</strong>: {shown(field.before)} → {shown(field.after)}
            </li>
          ))}
        </ul>
      </td>
    </tr>
  );
}

/** A staged import's diff: each change may be accepted or left out; nothing changes until applied. */
export function StagedImport({
  staged,
  readOnly,
}: {
  staged: CatalogImportDoc;
  readOnly: boolean;
}) {
  const format = useTimeFormat();
  const apply = useCommand('applyCatalogImport');
  const discard = useCommand('discardCatalogImport');
  const [left, setLeft] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setLeft((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const accepted = staged.changes.filter((change) => !left.has(change.id)).map((c) => c.id);
  const title = `${staged.format} import${staged.fileName ? ` of ${staged.fileName}` : ''}`;
  return (
    <section className="catalog-import" aria-label={`Staged ${title}`}>
      <h3>
        {title}, read {format.dateTime(staged.createdAt)}
      </h3>
      <p>
        {staged.changes.length} change(s), {staged.unchangedCount} unchanged. This file sets:{' '}
        {staged.providedFields.join(', ')}; other fields keep their values.
      </p>
      {staged.changes.length > 0 ? (
        <table className="alert-table" aria-label="Changes in this import">
          <thead>
            <tr>
              <th>Accept</th>
              <th>Change</th>
              <th>Name</th>
              <th>Fields (before → after)</th>
            </tr>
          </thead>
          <tbody>
            {staged.changes.map((change) => (
              <ChangeRow
                key={change.id}
                change={change}
                accepted={!left.has(change.id)}
                toggle={() => toggle(change.id)}
              />
            ))}
          </tbody>
        </table>
      ) : null}
      {readOnly ? null : (
        <div className="form-row">
          <Button
            variant="primary"
            disabled={apply.pending || accepted.length === 0}
            onClick={() => void apply.send({ importId: staged.id, accept: accepted })}
          >
            Apply {accepted.length} accepted change(s)
          </Button>
          <Button
            variant="secondary"
            disabled={discard.pending}
            onClick={() => void discard.send({ importId: staged.id })}
          >
            Discard import
          </Button>
        </div>
      )}
      <RefusalNotice failure={apply.failure ?? discard.failure} />
    </section>
  );
}
