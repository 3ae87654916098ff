import { useMemo } from 'react';
import { playbookProgress, type PlaybookProgress } from '../../../../shared/playbooks/index.ts';
import type { FrameworkDoc } from '../../../../shared/schema/framework.ts';
import type { IncidentDoc } from '../../../../shared/schema/incident.ts';
import { useCommandStructure, useFrameworks } from '../../app/db/commandQueries.ts';
import { useCommand } from '../commands/useCommand.ts';
import { PlaybookStepItem } from './PlaybookStepItem.tsx';
import { labelOfRole } from './roleOptions.ts';

/** The attached playbook's progress at `now`; undefined without one (or before its framework syncs). */
export function progressOf(
  incident: IncidentDoc,
  frameworks: readonly FrameworkDoc[],
  now: number,
): PlaybookProgress | undefined {
  const attached = incident.playbook;
  const doc = attached && frameworks.find((f) => f.id === attached.frameworkId);
  if (!attached || !doc?.playbook) return undefined;
  const playbook = { id: doc.id, name: doc.name, ...doc.playbook };
  return playbookProgress(playbook, new Date(attached.attachedAt), attached.steps, new Date(now));
}

/** The attached playbook's steps in order, each with its owner, due time and checklist. */
export function PlaybookSection({
  incident,
  now,
  readOnly,
}: {
  incident: IncidentDoc;
  now: number;
  readOnly: boolean;
}) {
  const { documents: frameworks } = useFrameworks();
  const structure = useCommandStructure();
  const complete = useCommand('completePlaybookStep');
  const tick = useCommand('checkPlaybookItem');
  const progress = useMemo(
    () => progressOf(incident, frameworks, now),
    [incident, frameworks, now],
  );
  return (
    <section className="command-panel" aria-label="Playbook">
      <h2 className="section-title">
        Playbook{incident.playbook ? `: ${incident.playbook.name}` : ''}
      </h2>
      {progress ? (
        <>
          <p className="muted">
            {progress.completedSteps} of {progress.totalSteps} steps done
            {progress.overdueSteps ? ` · ${progress.overdueSteps} overdue` : ''}
          </p>
          <ol className="playbook-steps">
            {progress.steps.map((step) => (
              <PlaybookStepItem
                key={step.stepId}
                step={step}
                ownerLabel={labelOfRole(step.ownerRole, structure)}
                readOnly={readOnly}
                onTick={(itemIndex, checked) =>
                  void tick.send({
                    incidentId: incident.id,
                    stepId: step.stepId,
                    itemIndex,
                    checked,
                  })
                }
                onComplete={() =>
                  void complete.send({ incidentId: incident.id, stepId: step.stepId })
                }
              />
            ))}
          </ol>
        </>
      ) : (
        <p className="muted">No playbook is attached to this incident.</p>
      )}
    </section>
  );
}
