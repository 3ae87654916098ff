import { useState, type FormEvent } from 'react';
import { useAppDispatch } from '../../app/store/hooks.ts';
import { Button } from '../../ui/Button.tsx';
import { TextField } from '../../ui/Field.tsx';
import { problemFor } from '../commands/commandFailure.ts';
import { useCommand } from '../commands/useCommand.ts';
import { personChosen } from '../session/sessionSlice.ts';

/** First run: name the organisation and yourself; you become its first person. */
export function CreateWorkspaceForm() {
  const dispatch = useAppDispatch();
  const { send, pending, failure } = useCommand('createWorkspace');
  const [workspaceName, setWorkspaceName] = useState('');
  const [displayName, setDisplayName] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const outcome = await send({ workspaceName, displayName });
    if (outcome.ok) dispatch(personChosen(outcome.result.person.id));
  }

  return (
    <form className="stack" onSubmit={submit} aria-labelledby="create-workspace-heading">
      <h2 id="create-workspace-heading" className="section-title">
        Start a new workspace
      </h2>
      <TextField
        label="Workspace name"
        hint="Usually your organisation, e.g. “Northwind Logistics”."
        value={workspaceName}
        onChange={(event) => setWorkspaceName(event.target.value)}
        error={problemFor(failure, 'workspaceName')}
        autoComplete="organization"
        required
      />
      <TextField
        label="Your name"
        value={displayName}
        onChange={(event) => setDisplayName(event.target.value)}
        error={problemFor(failure, 'displayName')}
        autoComplete="name"
        required
      />
      <Button type="submit" variant="primary" busy={pending}>
        Create workspace
      </Button>
    </form>
  );
}
