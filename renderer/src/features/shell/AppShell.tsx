import { NavLink, Outlet } from 'react-router-dom';
import { useWorkspace } from '../../app/db/lanternQueries.ts';
import { useAppDispatch, useAppSelector } from '../../app/store/hooks.ts';
import { Kbd } from '../../ui/Kbd.tsx';
import { ConnectionStatus } from '../connectivity/ConnectionStatus.tsx';
import { DeclareIncidentDialog } from '../incidents/DeclareIncidentDialog.tsx';
import { IncidentList } from '../incidents/IncidentList.tsx';
import { selectIncidentListHidden } from '../layout/layoutSlice.ts';
import { CommandPalette } from '../palette/CommandPalette.tsx';
import { openWallDisplay } from '../palette/openWallDisplay.ts';
import { paletteOpened } from '../palette/paletteSlice.ts';
import { useActionShortcuts } from '../palette/useActionShortcuts.ts';
import { useLanternActions } from '../palette/useLanternActions.ts';
import { ActiveIncidentBanner } from './ActiveIncidentBanner.tsx';
import { CurrentPerson } from './CurrentPerson.tsx';
import { ConnectionLostBanner } from './ConnectionLostBanner.tsx';

/** The commander console frame: who, where, how connected; incidents on the left. */
export function AppShell() {
  const dispatch = useAppDispatch();
  const { workspace } = useWorkspace();
  const { actions, context } = useLanternActions();
  const listHidden = useAppSelector(selectIncidentListHidden);
  useActionShortcuts(actions, context);
  return (
    <div className="app-shell">
      <header className="app-header">
        <span className="brand-mark">Lantern</span>
        <span className="workspace-name" data-testid="workspace-name">
          {workspace?.name}
          {workspace?.demo ? <span className="demo-tag">Demo</span> : null}
        </span>
        <nav className="app-nav" aria-label="Views">
          <NavLink to="/" end>
            Console
          </NavLink>
          {/* A wall display belongs on another screen: a new window or tab, read-only. */}
          <button type="button" onClick={() => void openWallDisplay(context.bridge, dispatch)}>
            Open wall display
          </button>
        </nav>
        <button
          type="button"
          className="palette-trigger"
          onClick={() => dispatch(paletteOpened())}
          aria-label="Open command palette"
        >
          <span>Search or run a command</span>
          <Kbd keys="Mod+K" />
        </button>
        <ConnectionStatus />
        <CurrentPerson />
      </header>
      <div className="app-banners">
        <ConnectionLostBanner />
        <ActiveIncidentBanner />
      </div>
      <div className={listHidden ? 'console console-focus' : 'console'}>
        {listHidden ? null : <IncidentList />}
        <main className="console-main" id="main">
          <Outlet />
        </main>
      </div>
      <DeclareIncidentDialog />
      <CommandPalette actions={actions} context={context} />
    </div>
  );
}
