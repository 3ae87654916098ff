import { useState, type FormEvent } from 'react';
import type { WorkspaceDoc } from '../../../../shared/schema/workspace.ts';
import { usePeople } from '../../app/db/lanternQueries.ts';
import { useAppDispatch } from '../../app/store/hooks.ts';
import { Button } from '../../ui/Button.tsx';
import { TextField } from '../../ui/Field.tsx';
import { problemFor } from '../commands/commandFailure.ts';
import { useCommand } from '../commands/useCommand.ts';
import { personChosen } from '../session/sessionSlice.ts';
import { useLantern } from '../../app/db/LanternContext.tsx';
import { SignInForm } from '../session/SignInForm.tsx';
import { PersonPicker } from './PersonPicker.tsx';

/** Every command names who ran it: this browser picks its person once and remembers. */
export function ChoosePersonScreen({ workspace }: { workspace: WorkspaceDoc }) {
  const dispatch = useAppDispatch();
  const { documents: people, loading } = usePeople();
  const { send, pending, failure } = useCommand('registerPerson');
  const [displayName, setDisplayName] = useState('');
  const { bridge } = useLantern();
  const [chosenId, setChosenId] = useState<string | null>(null);
  const chosen = people.find((person) => person.id === chosenId);
  // Browsers sign in with a passphrase; a window without sign-in (Electron IPC) picks as before.
  const choose = (personId: string) =>
    bridge.signIn ? setChosenId(personId) : dispatch(personChosen(personId));

  async function register(event: FormEvent) {
    event.preventDefault();
    const outcome = await send({ displayName });
    if (outcome.ok) dispatch(personChosen(outcome.result.id));
  }

  return (
    <main className="splash">
      <div className="splash-card">
        <span className="brand-mark">{workspace.name}</span>
        <h1>Who is at this keyboard?</h1>
        <p>Your name goes on every decision and timeline entry you make from this device.</p>
        {loading ? <p role="status">Loading the people in this workspace…</p> : null}
        {chosen ? <SignInForm person={chosen} onCancel={() => setChosenId(null)} /> : null}
        {people.length > 0 && !chosen ? <PersonPicker people={people} onChoose={choose} /> : null}
        <form className="stack" onSubmit={register} aria-labelledby="new-profile-heading">
          <h2 id="new-profile-heading" className="section-title">
            Not listed? Create your profile
          </h2>
          <TextField
            label="Your name"
            value={displayName}
            onChange={(event) => setDisplayName(event.target.value)}
            error={problemFor(failure, 'displayName')}
            autoComplete="name"
            required
          />
          <Button type="submit" variant="primary" busy={pending}>
            Create profile
          </Button>
        </form>
      </div>
    </main>
  );
}
