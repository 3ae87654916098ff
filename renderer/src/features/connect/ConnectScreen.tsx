import { useState, type FormEvent } from 'react';
import { Button } from '../../ui/Button.tsx';
import { TextField } from '../../ui/Field.tsx';

/** Whether the text looks like the node's printed address, with its token. */
export function nodeAddressProblem(address: string): string | undefined {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    return 'Paste the full address, starting with http:// or https://';
  }
  // A wall address carries its token in the fragment: …/#/wall?token=…
  if (!url.searchParams.get('token') && !/[#?&]token=[^&]/.test(url.hash))
    return 'The address must include the access token (…/?token=… or …#/wall?token=…)';
  return undefined;
}

/** Shown when this browser has no access token: the node prints the address to open. */
export function ConnectScreen({ reason }: { reason?: string }) {
  const [address, setAddress] = useState('');
  const [problem, setProblem] = useState<string>();

  function connect(event: FormEvent) {
    event.preventDefault();
    const found = nodeAddressProblem(address);
    setProblem(found);
    if (!found) window.location.assign(address.trim());
  }

  return (
    <main className="splash">
      <form className="splash-card" onSubmit={connect} aria-labelledby="connect-heading">
        <span className="brand-mark">Lantern</span>
        <h1 id="connect-heading">Connect to a Lantern node</h1>
        <p>
          When a Lantern node starts it prints an address like{' '}
          <code>http://10.0.0.5:4870/?token=…</code>. Open that address, or paste it here. The token
          is removed from the address bar and kept only while this page is open: after a reload,
          open the address again.
        </p>
        {reason ? (
          <p className="connect-reason" role="alert">
            {reason}
          </p>
        ) : null}
        <TextField
          label="Node address with token"
          value={address}
          onChange={(event) => setAddress(event.target.value)}
          error={problem}
          type="url"
          placeholder="http://host:4870/?token=…"
          required
        />
        <Button type="submit" variant="primary">
          Connect
        </Button>
      </form>
    </main>
  );
}
