import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button } from '../../ui/Button.tsx';
import { Dialog } from '../../ui/Dialog.tsx';
import { TextField } from '../../ui/Field.tsx';
import { registerIdentityPrompt, type IdentityProof } from './stepUp.ts';

interface Pending {
  reason: string;
  answer: (proof: IdentityProof | null) => void;
}

/** Asks for the PIN or passphrase when a command needs step-up; the command is then sent once more. */
export function StepUpDialogHost() {
  const [pending, setPending] = useState<Pending | null>(null);
  const [secret, setSecret] = useState('');
  const answered = useRef(false);

  useEffect(
    () =>
      registerIdentityPrompt(
        (reason) =>
          new Promise<IdentityProof | null>((answer) => {
            answered.current = false;
            setSecret('');
            setPending({ reason, answer });
          }),
      ),
    [],
  );

  if (!pending) return null;

  function finish(proof: IdentityProof | null) {
    if (answered.current || !pending) return;
    answered.current = true;
    pending.answer(proof);
    setPending(null);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    // A PIN is 4 to 8 digits; anything else is a passphrase.
    finish(/^\d{4,8}$/.test(secret) ? { pin: secret } : { passphrase: secret });
  }

  return (
    <Dialog title="Confirm it is you" onClose={() => finish(null)}>
      <form className="stack" onSubmit={submit}>
        <p>{pending.reason}</p>
        <TextField
          label="PIN or passphrase"
          type="password"
          value={secret}
          onChange={(event) => setSecret(event.target.value)}
          autoComplete="current-password"
          required
        />
        <Button type="submit" variant="primary">
          Confirm and continue
        </Button>
        <Button type="button" onClick={() => finish(null)}>
          Cancel
        </Button>
      </form>
    </Dialog>
  );
}
