import { useState } from 'react';
import type { PersonDoc } from '../../../../shared/schema/person.ts';
import { Banner } from '../../ui/Banner.tsx';
import { Button } from '../../ui/Button.tsx';
import { useCommand } from '../commands/useCommand.ts';
import { useTimeFormat } from '../time/useTimeFormat.ts';
import { AddCoverDialog } from './AddCoverDialog.tsx';
import type { RotationView } from './rotationView.ts';

/** One rotation: who is on call now and why, the next handoff, its layers and covers. */
export function RotationCard({
  view,
  people,
  readOnly,
}: {
  view: RotationView;
  people: ReadonlyMap<string, PersonDoc>;
  readOnly: boolean;
}) {
  const [adding, setAdding] = useState(false);
  const { inBothZones } = useTimeFormat();
  // Handoffs are kept in the rotation's zone; the viewer's own time is shown beside it when different.
  const when = (iso: string) => inBothZones(iso, view.timeZone);
  const remove = useCommand('removeOnCallOverride');
  const nameOf = (id: string) => people.get(id)?.displayName ?? id;
  return (
    <section className="command-panel rotation-card" aria-label={view.name}>
      <h2 className="section-title">{view.name}</h2>
      {view.problem ? <Banner tone="danger">{view.problem}</Banner> : null}
      <dl className="command-facts">
        <div>
          <dt>On call now</dt>
          <dd className="on-call-now">
            {view.onCall ? (
              <>
                <strong>{nameOf(view.onCall.personId)}</strong>{' '}
                <span className="muted">({view.onCall.via})</span>
              </>
            ) : (
              'Nobody'
            )}
          </dd>
        </div>
        <div>
          <dt>Next handoff</dt>
          <dd>
            {view.nextHandoff
              ? `${when(view.nextHandoff.at)} → ${view.nextHandoff.toPersonId ? nameOf(view.nextHandoff.toPersonId) : 'nobody'}`
              : 'None in the next weeks'}
          </dd>
        </div>
        <div>
          <dt>Time zone</dt>
          <dd>{view.timeZone}</dd>
        </div>
      </dl>
      <h3 className="subsection-title">Layers</h3>
      <ol className="rotation-layers" aria-label={`Layers of ${view.name}`}>
        {view.layers.map((layer) => (
          <li key={layer.id}>
            <strong>{layer.name}</strong> · {layer.pattern}
            <div className="muted">{layer.participantIds.map(nameOf).join(', ')}</div>
          </li>
        ))}
      </ol>
      <h3 className="subsection-title">Covers</h3>
      {view.covers.length === 0 ? (
        <p className="muted">No covers planned.</p>
      ) : (
        <ul className="rotation-covers" aria-label={`Covers of ${view.name}`}>
          {view.covers.map((cover) => (
            <li key={cover.id}>
              <span>
                <strong>{nameOf(cover.personId)}</strong> {when(cover.start)} → {when(cover.end)}
                {cover.current ? <span className="cover-now"> · now</span> : null}
                {cover.reason ? <span className="muted"> · {cover.reason}</span> : null}
              </span>
              {readOnly ? null : (
                <Button
                  variant="ghost"
                  aria-label={`Remove cover by ${nameOf(cover.personId)} from ${when(cover.start)}`}
                  busy={remove.pending}
                  onClick={() => void remove.send({ rotationId: view.id, overrideId: cover.id })}
                >
                  Remove
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {readOnly ? null : (
        <div className="command-actions">
          <Button onClick={() => setAdding(true)}>Add cover</Button>
        </div>
      )}
      {adding ? (
        <AddCoverDialog
          rotationId={view.id}
          rotationName={view.name}
          onClose={() => setAdding(false)}
        />
      ) : null}
    </section>
  );
}
