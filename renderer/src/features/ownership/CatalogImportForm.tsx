import { useState, type ChangeEvent, type FormEvent } from 'react';
import { CATALOG_FORMATS, type CatalogFormat } from '../../../../shared/schema/catalog.ts';
import { Button } from '../../ui/Button.tsx';
import { SelectField, TextAreaField } from '../../ui/Field.tsx';
import type { CommandFailure } from '../commands/commandFailure.ts';
import { useCommand } from '../commands/useCommand.ts';

const FORMAT_LABELS: Record<CatalogFormat, string> = {
  backstage: 'Backstage catalog-info.yaml',
  csv: 'CSV (name, owner, tier, dependsOn, respond.accountable, …)',
  servicenow: 'ServiceNow CMDB export (JSON or CSV)',
};

/** Every problem with its line and field: a catalogue file is fixed where the problem is. */
export function FileProblems({ failure }: { failure: CommandFailure | null }) {
  if (!failure) return null;
  return (
    <div className="refusal" role="alert" aria-label="Problems in the file">
      <strong className="refusal-title">Nothing was imported</strong>
      <p className="refusal-reason">{failure.message}</p>
      <ul className="refusal-problems">
        {failure.problems.map((problem) => (
          <li key={`${problem.field}:${problem.reason}`}>
            <code>{problem.field}</code> — {problem.reason}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Paste or pick a catalogue file; the node answers its diff, and nothing changes yet. */
export function CatalogImportForm() {
  const { send, pending, failure } = useCommand('stageCatalogImport');
  const [format, setFormat] = useState<CatalogFormat>('backstage');
  const [content, setContent] = useState('');
  const [fileName, setFileName] = useState<string | undefined>();

  async function pick(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    setFileName(file.name);
    setContent(await file.text());
  }
  async function submit(event: FormEvent) {
    event.preventDefault();
    const outcome = await send({ format, content, ...(fileName ? { fileName } : {}) });
    if (outcome.ok) {
      setContent('');
      setFileName(undefined);
    }
  }
  return (
    <form className="stack" onSubmit={submit} aria-label="Import a service catalogue">
      <SelectField
        label="Format"
        value={format}
        onChange={(e) => setFormat(e.target.value as CatalogFormat)}
        options={CATALOG_FORMATS.map((value) => ({ value, label: FORMAT_LABELS[value] }))}
      />
      <label className="field-label">
        File <input type="file" accept=".yaml,.yml,.csv,.json,.txt" onChange={pick} />
      </label>
      <TextAreaField
        label="Catalogue file"
        rows={10}
        value={content}
        onChange={(e) => setContent(e.target.value)}
        required
      />
      <Button type="submit" variant="primary" disabled={pending || content.trim() === ''}>
        Preview changes
      </Button>
      <FileProblems failure={failure} />
    </form>
  );
}
