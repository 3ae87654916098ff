import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { Audience } from '../../../../shared/communications/configSchemas.ts';
import type { CommunicationDoc } from '../../../../shared/schema/communication.ts';
import { Button } from '../../ui/Button.tsx';
import { useCommand } from '../commands/useCommand.ts';

/**
 * Offers the final update to each audience: one click drafts it from the
 * audience's template; it is reviewed and sent on the communications screen
 * like any other update (approvals still apply).
 */
export function FinalUpdates({
  incidentId,
  audiences,
  messages,
}: {
  incidentId: string;
  audiences: readonly Audience[];
  messages: readonly CommunicationDoc[];
}) {
  const draft = useCommand('draftCommunication');
  const [drafted, setDrafted] = useState<ReadonlySet<string>>(new Set());
  if (audiences.length === 0) return null;
  async function draftFor(audienceId: string) {
    const outcome = await draft.send({ incidentId, audienceId });
    if (outcome.ok) setDrafted((now) => new Set([...now, audienceId]));
  }
  return (
    <div className="resolve-check">
      <h3 className="resolve-check-title">Final update to each audience</h3>
      <ul className="final-updates">
        {audiences.map((audience) => {
          const sent = messages.filter((m) => m.audienceId === audience.id && m.sentAt).length;
          return (
            <li key={audience.id}>
              <span>
                {audience.name}
                <span className="muted"> · {sent ? `${sent} sent so far` : 'none sent yet'}</span>
              </span>
              {drafted.has(audience.id) ? (
                <Link to={`/incidents/${incidentId}/communications`}>Drafted: review and send</Link>
              ) : (
                <Button
                  onClick={() => void draftFor(audience.id)}
                  busy={draft.pending}
                  aria-label={`Draft the final update to ${audience.name}`}
                >
                  Draft final update
                </Button>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
