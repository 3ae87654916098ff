import { useState } from 'react';
import { Button } from '../../ui/Button.tsx';
import { RefusalNotice } from '../command/RefusalNotice.tsx';
import { useCommand } from '../commands/useCommand.ts';

/**
 * Acknowledge for someone who was paged (they phoned in, they are on the
 * bridge): the screen asks to confirm and the timeline says "on behalf of".
 */
export function AcknowledgeOnBehalf({
  escalationId,
  pagedPersonIds,
  nameOf,
}: {
  escalationId: string;
  pagedPersonIds: readonly string[];
  nameOf: (personId: string) => string;
}) {
  const [confirming, setConfirming] = useState<string | null>(null);
  const acknowledge = useCommand('acknowledgePage');
  if (pagedPersonIds.length === 0) return null;
  if (confirming)
    return (
      <div className="command-actions" role="group" aria-label="Confirm acknowledgement">
        <span>
          Acknowledge on behalf of {nameOf(confirming)}? The timeline will say you did it for them.
        </span>
        <Button
          variant="primary"
          busy={acknowledge.pending}
          onClick={() =>
            void acknowledge
              .send({ escalationId, onBehalfOf: confirming })
              .then((outcome) => outcome.ok && setConfirming(null))
          }
        >
          Yes, acknowledge for {nameOf(confirming)}
        </Button>
        <Button variant="ghost" onClick={() => setConfirming(null)}>
          Cancel
        </Button>
        <RefusalNotice failure={acknowledge.failure} />
      </div>
    );
  return (
    <>
      {pagedPersonIds.map((personId) => (
        <Button key={personId} onClick={() => setConfirming(personId)}>
          Acknowledge for {nameOf(personId)}…
        </Button>
      ))}
    </>
  );
}
