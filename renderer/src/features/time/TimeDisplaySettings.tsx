import { runtimeTimeZone, zoneLabel } from '../../../../shared/time/displayTime.ts';
import { usePerson, useWorkspace } from '../../app/db/lanternQueries.ts';
import { useLantern } from '../../app/db/LanternContext.tsx';
import { useAppSelector } from '../../app/store/hooks.ts';
import { useCommand } from '../commands/useCommand.ts';
import { selectCurrentPersonId } from '../session/sessionSlice.ts';
import { useTimeFormat } from './useTimeFormat.ts';

type Choice = 'utc' | 'local' | 'workspace';

/**
 * Which zone this person sees times in: UTC, their own, or whatever the
 * workspace shows everyone. Synced with their profile, so every screen
 * they use follows it.
 */
export function TimeDisplaySettings() {
  const { bridge } = useLantern();
  const { workspace } = useWorkspace();
  const { document: person } = usePerson(useAppSelector(selectCurrentPersonId));
  const { zone } = useTimeFormat();
  const { send, pending } = useCommand('setPersonalTimeDisplay');
  if (!person || bridge.readOnly) return null;
  const local = zoneLabel(runtimeTimeZone(), new Date());
  const workspaceChoice = workspace?.timeDisplay === 'local' ? 'local time' : 'UTC';
  const current: Choice = person.timeDisplay ?? 'workspace';
  const options: { value: Choice; label: string }[] = [
    { value: 'utc', label: 'UTC' },
    { value: 'local', label: `My time (${local})` },
    { value: 'workspace', label: `Workspace default (${workspaceChoice})` },
  ];
  return (
    <section className="time-display-settings" aria-labelledby="time-display-heading">
      <h2 id="time-display-heading" className="section-title">
        Times shown in {zoneLabel(zone, new Date())}
      </h2>
      <div className="segmented" role="group" aria-label="Show times in">
        {options.map((option) => (
          <button
            key={option.value}
            type="button"
            aria-pressed={current === option.value}
            disabled={pending}
            onClick={() => void send({ timeDisplay: option.value })}
          >
            {option.label}
          </button>
        ))}
      </div>
    </section>
  );
}
