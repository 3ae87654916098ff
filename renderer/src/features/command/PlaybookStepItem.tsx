import type { StepProgress } from '../../../../shared/playbooks/index.ts';
import { Button } from '../../ui/Button.tsx';
import { useTimeFormat } from '../time/useTimeFormat.ts';

interface PlaybookStepItemProps {
  step: StepProgress;
  ownerLabel: string;
  readOnly: boolean;
  onTick: (itemIndex: number, checked: boolean) => void;
  onComplete: () => void;
}

function stepState(step: StepProgress): { className: string; text: string } {
  if (step.completedAt) return { className: 'step-done', text: step.late ? 'Done (late)' : 'Done' };
  if (step.overdue) return { className: 'step-overdue', text: 'OVERDUE' };
  return { className: 'step-open', text: 'Open' };
}

/** One step: owner, due time, state in words (not colour alone), checklist. */
export function PlaybookStepItem({
  step,
  ownerLabel,
  readOnly,
  onTick,
  onComplete,
}: PlaybookStepItemProps) {
  const { time } = useTimeFormat();
  const state = stepState(step);
  const open = step.completedAt === null;
  return (
    <li className={`playbook-step ${state.className}`} data-testid="playbook-step">
      <div className="playbook-step-head">
        <span className={`step-state ${state.className}-tag`}>
          {step.overdue ? <span aria-hidden="true">⚠ </span> : null}
          {state.text}
        </span>
        <span className="playbook-step-title">{step.title}</span>
      </div>
      <div className="playbook-step-meta">
        <span>Owner: {ownerLabel}</span>
        <span>
          Due <time dateTime={step.dueAt.toISOString()}>{time(step.dueAt.toISOString())}</time>
        </span>
        <span>
          Checklist {step.checklist.done}/{step.checklist.total}
        </span>
      </div>
      {step.checklist.items.length ? (
        <ul className="playbook-checklist">
          {step.checklist.items.map((item, index) => (
            <li key={item.text}>
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={item.done}
                  disabled={readOnly || !open}
                  onChange={(event) => onTick(index, event.target.checked)}
                />
                {item.text}
              </label>
            </li>
          ))}
        </ul>
      ) : null}
      {open && !readOnly ? (
        <Button aria-label={`Complete step: ${step.title}`} onClick={onComplete}>
          Complete step
        </Button>
      ) : null}
    </li>
  );
}
