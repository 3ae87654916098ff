import { useLantern } from '../../app/db/LanternContext.tsx';
import { usePerson } from '../../app/db/lanternQueries.ts';
import { useAppDispatch, useAppSelector } from '../../app/store/hooks.ts';
import { AvailabilityControl } from '../availability/AvailabilityControl.tsx';
import { Button } from '../../ui/Button.tsx';
import { personCleared, selectCurrentPersonId } from '../session/sessionSlice.ts';

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase())
    .join('');
}

export function CurrentPerson() {
  const dispatch = useAppDispatch();
  const { bridge } = useLantern();
  const { document: person } = usePerson(useAppSelector(selectCurrentPersonId));
  if (!person) return null;
  return (
    <div className="current-person" data-testid="current-person" title={person.displayName}>
      <span className="avatar" aria-hidden="true">
        {initials(person.displayName)}
      </span>
      <span className="current-person-name">{person.displayName}</span>
      <AvailabilityControl person={person} />
      {bridge.signIn ? (
        <Button
          variant="ghost"
          // Signing out ends the session on the node; the next person signs in with their own passphrase.
          onClick={() => void bridge.signOut?.().finally(() => dispatch(personCleared()))}
          aria-label={`Sign out (signed in as ${person.displayName})`}
        >
          Sign out
        </Button>
      ) : (
        <Button
          variant="ghost"
          onClick={() => dispatch(personCleared())}
          aria-label={`Switch person (signed in as ${person.displayName})`}
        >
          Switch
        </Button>
      )}
    </div>
  );
}
