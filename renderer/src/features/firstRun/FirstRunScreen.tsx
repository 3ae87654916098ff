import { useState } from 'react';
import { useAppDispatch } from '../../app/store/hooks.ts';
import { Button } from '../../ui/Button.tsx';
import { seedDemoOrganisation } from '../commands/runCommand.ts';
import { CreateWorkspaceForm } from './CreateWorkspaceForm.tsx';

/** Shown while this node has no workspace: create one, or explore the demo organisation. */
export function FirstRunScreen() {
  const dispatch = useAppDispatch();
  const [loadingDemo, setLoadingDemo] = useState(false);

  async function loadDemo() {
    setLoadingDemo(true);
    await dispatch(seedDemoOrganisation());
    setLoadingDemo(false);
  }

  return (
    <main className="splash">
      <div className="splash-card first-run">
        <span className="brand-mark">Lantern</span>
        <h1>Set up incident command</h1>
        <p>
          This node has no workspace yet. Everything you create stays on this network and keeps
          working offline.
        </p>
        <CreateWorkspaceForm />
        <div className="divider" role="separator" aria-hidden="true">
          or
        </div>
        <section className="stack" aria-labelledby="demo-heading">
          <h2 id="demo-heading" className="section-title">
            Explore first
          </h2>
          <p>Load a sample organisation with teams, services, rotations and playbooks.</p>
          <Button onClick={loadDemo} busy={loadingDemo}>
            Load demo organisation
          </Button>
        </section>
      </div>
    </main>
  );
}
