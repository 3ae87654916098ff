import { useId } from 'react';
import { AVAILABILITY_STATUSES } from '../../../../shared/commands/setAvailability.ts';
import type { PersonDoc } from '../../../../shared/schema/person.ts';
import { useCommand } from '../commands/useCommand.ts';
import { AVAILABILITY_LABELS } from '../command/commandLabels.ts';

type AvailabilityStatus = (typeof AVAILABILITY_STATUSES)[number];

/** Your own roster state: decision authority falls back past people who are away or off shift. */
export function AvailabilityControl({ person }: { person: PersonDoc }) {
  const id = useId();
  const { send, pending } = useCommand('setAvailability');
  const status = person.availability?.status ?? 'available';
  return (
    <span className="availability-control">
      <label htmlFor={id} className="visually-hidden">
        Availability
      </label>
      <select
        id={id}
        className="control"
        value={status}
        aria-busy={pending || undefined}
        onChange={(event) =>
          void send({ personId: person.id, status: event.target.value as AvailabilityStatus })
        }
      >
        {AVAILABILITY_STATUSES.map((option) => (
          <option key={option} value={option}>
            {AVAILABILITY_LABELS[option]}
          </option>
        ))}
      </select>
    </span>
  );
}
