import { useState, type FormEvent } from 'react';
import type { PersonDoc } from '../../../../shared/schema/person.ts';
import { useLantern } from '../../app/db/LanternContext.tsx';
import { useAppDispatch } from '../../app/store/hooks.ts';
import { Button } from '../../ui/Button.tsx';
import { TextField } from '../../ui/Field.tsx';
import { toCommandFailure, type CommandFailure } from '../commands/commandFailure.ts';
import { personChosen } from './sessionSlice.ts';

/**
 * The chosen person proves who they are; the node answers a session this
 * window keeps in memory. A person with no passphrase yet is told so; where
 * the window may give an administrator their first one, they choose it here.
 */
export function SignInForm({ person, onCancel }: { person: PersonDoc; onCancel: () => void }) {
  const { bridge } = useLantern();
  const dispatch = useAppDispatch();
  const [passphrase, setPassphrase] = useState('');
  const [failure, setFailure] = useState<CommandFailure | null>(null);
  const [pending, setPending] = useState(false);
  const [choosingFirst, setChoosingFirst] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setPending(true);
    setFailure(null);
    try {
      if (choosingFirst) await bridge.setFirstPassphrase?.(person.id, passphrase);
      else await bridge.signIn?.(person.id, passphrase);
      dispatch(personChosen(person.id));
    } catch (error) {
      const refused = toCommandFailure(error);
      if (refused.code === 'no-credentials' && bridge.setFirstPassphrase) {
        setChoosingFirst(true);
        setPassphrase('');
      }
      setFailure(refused);
    } finally {
      setPending(false);
    }
  }

  const fieldError =
    failure && !(choosingFirst && failure.code === 'no-credentials') ? failure.message : undefined;
  return (
    <form className="stack" onSubmit={submit} aria-labelledby="sign-in-heading">
      <h2 id="sign-in-heading" className="section-title">
        {choosingFirst
          ? `Choose a passphrase for ${person.displayName}`
          : `Sign in as ${person.displayName}`}
      </h2>
      {choosingFirst && (
        <p className="muted" role="status">
          {person.displayName} has no passphrase yet. An administrator chooses their first one here
          (this window was opened with the node&rsquo;s access token); anyone else gets theirs from
          an administrator.
        </p>
      )}
      <TextField
        label={choosingFirst ? 'New passphrase' : 'Passphrase'}
        hint={choosingFirst ? 'At least 10 characters.' : undefined}
        type="password"
        value={passphrase}
        onChange={(event) => setPassphrase(event.target.value)}
        error={fieldError}
        autoComplete={choosingFirst ? 'new-password' : 'current-password'}
        required
      />
      <Button type="submit" variant="primary" busy={pending}>
        {choosingFirst ? 'Set passphrase and sign in' : 'Sign in'}
      </Button>
      <Button type="button" onClick={onCancel}>
        Someone else
      </Button>
    </form>
  );
}
