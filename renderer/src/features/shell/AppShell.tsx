import { Outlet } from 'react-router-dom';
import { useAppSelector } from '../../app/store/hooks.ts';
import { HandoffReminderBanner } from '../handoffs/HandoffReminderBanner.tsx';
import { DeclareIncidentDialog } from '../incidents/DeclareIncidentDialog.tsx';
import { IncidentList } from '../incidents/IncidentList.tsx';
import { selectIncidentListHidden } from '../layout/layoutSlice.ts';
import { CommandPalette } from '../palette/CommandPalette.tsx';
import { useActionShortcuts } from '../palette/useActionShortcuts.ts';
import { useLanternActions } from '../palette/useLanternActions.ts';
import { PageBanner } from '../paging/PageBanner.tsx';
import { ActiveIncidentBanner } from './ActiveIncidentBanner.tsx';
import { AppHeader } from './AppHeader.tsx';
import { ConnectionLostBanner } from './ConnectionLostBanner.tsx';

/** The commander console frame: header and banners on top, incidents on the left. */
export function AppShell() {
  const { actions, context } = useLanternActions();
  const listHidden = useAppSelector(selectIncidentListHidden);
  useActionShortcuts(actions, context);
  return (
    <div className="app-shell">
      <AppHeader />
      <div className="app-banners">
        <ConnectionLostBanner />
        <PageBanner />
        <ActiveIncidentBanner />
        <HandoffReminderBanner />
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
