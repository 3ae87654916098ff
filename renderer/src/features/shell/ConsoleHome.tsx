import { Kbd } from '../../ui/Kbd.tsx';
import { DeclareIncidentButton } from '../incidents/DeclareIncidentButton.tsx';
import { TimeDisplaySettings } from '../time/TimeDisplaySettings.tsx';
import { ActiveOverview } from './ActiveOverview.tsx';

/** Nothing selected yet: the two ways forward. */
export function ConsoleHome() {
  return (
    <div className="console-home">
      <div className="console-home-card">
        <h1 className="page-title">Incident command</h1>
        <p>
          Pick an incident on the left to follow its timeline, or declare a new one. Everyone on
          this network sees it at once.
        </p>
        <div>
          <DeclareIncidentButton variant="secondary" />
        </div>
        <ActiveOverview />
        <TimeDisplaySettings />
        <ul className="shortcut-hints" aria-label="Keyboard shortcuts">
          <li>
            <Kbd keys="Mod+K" /> Search incidents and actions
          </li>
          <li>
            <Kbd keys="Mod+Shift+D" /> Declare incident
          </li>
        </ul>
      </div>
    </div>
  );
}
