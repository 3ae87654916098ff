import { useState, type FormEvent } from 'react';
import { useLantern } from '../../app/db/LanternContext.tsx';
import { useAppDispatch } from '../../app/store/hooks.ts';
import { Button } from '../../ui/Button.tsx';
import { TextField } from '../../ui/Field.tsx';
import { problemFor, toCommandFailure, type CommandFailure } from '../commands/commandFailure.ts';
import { useCommand } from '../commands/useCommand.ts';
import { personChosen } from '../session/sessionSlice.ts';

/**
 * First run: name the organisation and yourself; you become its first person.
 * Where windows sign in (browsers) you also choose your passphrase: you are
 * the first administrator and are signed in with it.
 */
export function CreateWorkspaceForm() {
  const { bridge } = useLantern();
  const dispatch = useAppDispatch();
  const command = useCommand('createWorkspace');
  const [workspaceName, setWorkspaceName] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [signInFailure, setSignInFailure] = useState<CommandFailure | null>(null);
  const [signingIn, setSigningIn] = useState(false);
  const withPassphrase = bridge.createWorkspace !== undefined;
  const failure = withPassphrase ? signInFailure : command.failure;
  const pending = withPassphrase ? signingIn : command.pending;

  async function createSignedIn() {
    setSigningIn(true);
    setSignInFailure(null);
    try {
      const created = await bridge.createWorkspace?.({ workspaceName, displayName, passphrase });
      if (created) dispatch(personChosen(created.personId));
    } catch (error) {
      setSignInFailure(toCommandFailure(error));
    } finally {
      setSigningIn(false);
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (withPassphrase) return createSignedIn();
    const outcome = await command.send({ workspaceName, displayName });
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
      {withPassphrase && (
        <TextField
          label="Your passphrase"
          hint="At least 10 characters. You sign in with it; as the first administrator you give everyone else theirs."
          type="password"
          value={passphrase}
          onChange={(event) => setPassphrase(event.target.value)}
          error={problemFor(failure, 'passphrase')}
          autoComplete="new-password"
          required
        />
      )}
      {failure && failure.problems.length === 0 && (
        <p role="alert" className="field-error">
          {failure.message}
        </p>
      )}
      <Button type="submit" variant="primary" busy={pending}>
        Create workspace
      </Button>
    </form>
  );
}
