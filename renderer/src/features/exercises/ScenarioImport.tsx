import { useState, type ChangeEvent } from 'react';
import { useCommand } from '../commands/useCommand.ts';

/** Import a scenario file; the node checks it against the scenario schema and names bad fields. */
export function ScenarioImport() {
  const { send, failure } = useCommand('adoptFramework');
  const [message, setMessage] = useState<string | null>(null);

  async function chosen(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    let definition: Record<string, unknown>;
    try {
      definition = JSON.parse(await file.text()) as Record<string, unknown>;
    } catch (error) {
      setMessage(`${file.name} is not JSON: ${(error as Error).message}`);
      return;
    }
    const name = typeof definition.title === 'string' ? definition.title : file.name;
    const outcome = await send({ kind: 'exerciseScenario', name, definition });
    setMessage(outcome.ok ? `Imported “${name}”` : null);
  }

  return (
    <div className="scenario-import">
      <label className="button button-secondary">
        Import scenario file…
        <input
          type="file"
          accept="application/json,.json"
          className="visually-hidden"
          data-testid="scenario-import"
          onChange={(event) => void chosen(event)}
        />
      </label>
      {message ? <p role="status">{message}</p> : null}
      {failure ? (
        <ul className="field-error" role="alert">
          {failure.problems.slice(0, 5).map((p) => (
            <li key={`${p.field}:${p.reason}`}>
              {p.field}: {p.reason}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
