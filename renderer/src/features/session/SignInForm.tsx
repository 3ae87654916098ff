import { useState, type FormEvent } from 'react';
import type { PersonDoc } from '../../../../shared/schema/person.ts';
import { useLantern } from '../../app/db/LanternContext.tsx';
import { useAppDispatch } from '../../app/store/hooks.ts';
import { Button } from '../../ui/Button.tsx';
import { TextField } from '../../ui/Field.tsx';
import { toCommandFailure } from '../commands/commandFailure.ts';
import { personChosen } from './sessionSlice.ts';

/** The chosen person proves who they are; the node answers a session this window keeps in memory. */
export function SignInForm({ person, onCancel }: { person: PersonDoc; onCancel: () => void }) {
  const { bridge } = useLantern();
  const dispatch = useAppDispatch();
  const [passphrase, setPassphrase] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function signIn(event: FormEvent) {
    event.preventDefault();
    setPending(true);
    setFailure(null);
    try {
      await bridge.signIn?.(person.id, passphrase);
      dispatch(personChosen(person.id));
    } catch (error) {
      setFailure(toCommandFailure(error).message);
    } finally {
      setPending(false);
    }
  }

  return (
    <form className="stack" onSubmit={signIn} aria-labelledby="sign-in-heading">
      <h2 id="sign-in-heading" className="section-title">
        Sign in as {person.displayName}
      </h2>
      <TextField
        label="Passphrase"
        type="password"
        value={passphrase}
        onChange={(event) => setPassphrase(event.target.value)}
        error={failure ?? undefined}
        autoComplete="current-password"
        required
      />
      <Button type="submit" variant="primary" busy={pending}>
        Sign in
      </Button>
      <Button type="button" onClick={onCancel}>
        Someone else
      </Button>
    </form>
  );
}
