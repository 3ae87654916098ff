import { NavLink } from 'react-router-dom';
import { useLantern } from '../../app/db/LanternContext.tsx';
import { featureViewLinks } from '../../app/features.ts';
import { useWorkspace } from '../../app/db/lanternQueries.ts';
import { useAppDispatch } from '../../app/store/hooks.ts';
import { Kbd } from '../../ui/Kbd.tsx';
import { ConnectionStatus } from '../connectivity/ConnectionStatus.tsx';
import { openWallDisplay } from '../palette/openWallDisplay.ts';
import { paletteOpened } from '../palette/paletteSlice.ts';
import { CurrentPerson } from './CurrentPerson.tsx';

/** Workspace, views, the palette, connection and who is signed in. */
export function AppHeader() {
  const dispatch = useAppDispatch();
  const { bridge } = useLantern();
  const { workspace } = useWorkspace();
  return (
    <header className="app-header">
      <span className="brand-mark">Lantern</span>
      <span className="workspace-name" data-testid="workspace-name">
        <span className="workspace-label">{workspace?.name}</span>
        {workspace?.demo ? <span className="demo-tag">Demo</span> : null}
      </span>
      <nav className="app-nav" aria-label="Views">
        <NavLink to="/" end>
          Console
        </NavLink>
        {featureViewLinks.map((link) => (
          <NavLink key={link.to} to={link.to}>
            {link.label}
          </NavLink>
        ))}
        {/* A wall display belongs on another screen: a new window or tab, read-only. */}
        <button
          type="button"
          aria-label="Open wall display"
          onClick={() => void openWallDisplay(bridge, dispatch)}
        >
          <span className="wall-link-long">Open wall display</span>
          <span className="wall-link-short">Wall ↗</span>
        </button>
      </nav>
      <button
        type="button"
        className="palette-trigger"
        onClick={() => dispatch(paletteOpened())}
        aria-label="Open command palette"
      >
        <span className="palette-trigger-label">Search or run a command</span>
        <Kbd keys="Mod+K" />
      </button>
      <ConnectionStatus />
      <CurrentPerson />
    </header>
  );
}
