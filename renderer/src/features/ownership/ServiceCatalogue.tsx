import type { CatalogServiceDoc } from '../../../../shared/schema/catalog.ts';
import {
  ownershipConflict,
  type OwnershipConflict,
} from '../../../../shared/ownership/ownershipConflicts.ts';
import { EmptyState } from '../../ui/EmptyState.tsx';

function ConflictCell({ conflict }: { conflict: OwnershipConflict | undefined }) {
  if (!conflict) return <span>one owner</span>;
  const claims = conflict.claimants
    .map((claimant) => `${claimant.teamId} (${claimant.sources.join(', ')})`)
    .join(' vs ');
  return (
    <div
      className="catalog-conflict"
      role="note"
      aria-label={`Ownership conflict on ${conflict.serviceName}`}
    >
      <strong>Conflict:</strong> {claims}.{' '}
      {conflict.answer ? (
        <span>
          Matrix: <strong>{conflict.answer.accountable}</strong> is accountable for responding
          {conflict.answer.consulted.length > 0
            ? `; consult ${conflict.answer.consulted.join(', ')}`
            : ''}
          .
        </span>
      ) : (
        <span>
          The matrix has no answer: the decision authority decides, and the matrix needs fixing.
        </span>
      )}
    </div>
  );
}

/** Every catalogued service with its owner, dependencies, respond row and any ownership conflict. */
export function ServiceCatalogue({ services }: { services: readonly CatalogServiceDoc[] }) {
  if (services.length === 0)
    return (
      <EmptyState title="No catalogued services">Import a catalogue file to fill it.</EmptyState>
    );
  return (
    <table className="alert-table" aria-label="Service catalogue">
      <thead>
        <tr>
          <th>Service</th>
          <th>Tier</th>
          <th>Owner</th>
          <th>Depends on</th>
          <th>Respond (accountable)</th>
          <th>Ownership</th>
        </tr>
      </thead>
      <tbody>
        {services.map((service) => (
          <tr key={service.id}>
            <td>
              {service.name} <small>{service.entityKind}</small>
            </td>
            <td>{service.tier}</td>
            <td>{service.ownerTeamId}</td>
            <td>{service.dependsOn.join(', ') || '—'}</td>
            <td>{service.raci.respond?.accountable ?? '—'}</td>
            <td>
              <ConflictCell conflict={ownershipConflict(service)} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
