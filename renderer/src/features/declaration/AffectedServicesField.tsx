import { useId } from 'react';
import { useServices } from '../../app/db/commandQueries.ts';

interface AffectedServicesFieldProps {
  value: readonly string[];
  onChange: (serviceIds: string[]) => void;
}

/** Services from the ownership matrix; they pick the escalation policy and the tier. */
export function AffectedServicesField({ value, onChange }: AffectedServicesFieldProps) {
  const id = useId();
  const services = useServices();
  if (services.length === 0) return null;
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        Affected services
      </label>
      <select
        id={id}
        className="control control-multi"
        multiple
        size={Math.min(6, services.length)}
        value={[...value]}
        aria-describedby={`${id}-hint`}
        onChange={(event) =>
          onChange([...event.target.selectedOptions].map((option) => option.value))
        }
      >
        {services.map((service) => (
          <option key={service.id} value={service.id}>
            {service.name} · tier {service.service.tier}
          </option>
        ))}
      </select>
      <p id={`${id}-hint`} className="field-hint">
        Optional. Ctrl/⌘+click or Shift+arrows to pick several.
      </p>
    </div>
  );
}
