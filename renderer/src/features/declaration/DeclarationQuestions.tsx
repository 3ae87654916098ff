import {
  CUSTOMER_REACH,
  DECLARATION_QUESTIONS,
  type ClassificationCriteria,
  type DeclarationAnswers,
} from '../../../../shared/classification/index.ts';
import { SelectField } from '../../ui/Field.tsx';
import { TYPE_OPTIONS } from '../incidents/incidentOptions.ts';
import {
  CUSTOMER_REACH_LABELS,
  YES_NO_QUESTIONS,
  type YesNoQuestion,
} from './declarationAnswers.ts';

const QUESTION = Object.fromEntries(DECLARATION_QUESTIONS.map((q) => [q.id, q.question])) as Record<
  keyof DeclarationAnswers,
  string
>;

const REACH_OPTIONS = CUSTOMER_REACH.map((reach) => ({
  value: reach,
  label: CUSTOMER_REACH_LABELS[reach],
}));
const TIER_OPTIONS = [1, 2, 3, 4].map((tier) => ({
  value: String(tier),
  label: `Tier ${tier}${tier === 1 ? ' (most critical)' : ''}`,
}));

interface DeclarationQuestionsProps {
  answers: DeclarationAnswers;
  criteria: ClassificationCriteria | undefined;
  onChange: (patch: Partial<DeclarationAnswers>) => void;
  /** The node's reason for refusing the incident type, shown on that question. */
  typeError?: string | undefined;
}

/** The organisation's declaration threshold questions, in the order responders are asked them. */
export function DeclarationQuestions({
  answers,
  criteria,
  onChange,
  typeError,
}: DeclarationQuestionsProps) {
  const urgencyOptions = [
    { value: '', label: `Not sure (${criteria?.defaultUrgency ?? 'criteria default'})` },
    ...(criteria?.urgencyLevels ?? []).map((level) => ({
      value: level.id,
      label: `${level.label} — ${level.description}`,
    })),
  ];
  return (
    <fieldset className="declaration-questions">
      <legend>Threshold questions</legend>
      <SelectField
        label={QUESTION.customersAffected}
        options={REACH_OPTIONS}
        value={answers.customersAffected}
        onChange={(event) =>
          onChange({
            customersAffected: event.target.value as DeclarationAnswers['customersAffected'],
          })
        }
      />
      {YES_NO_QUESTIONS.map((id: YesNoQuestion) => (
        <label key={id} className="checkbox">
          <input
            type="checkbox"
            checked={answers[id]}
            onChange={(event) => onChange({ [id]: event.target.checked })}
          />
          {QUESTION[id]}
        </label>
      ))}
      <div className="form-row">
        <SelectField
          label={QUESTION.serviceTier}
          options={TIER_OPTIONS}
          value={String(answers.serviceTier)}
          onChange={(event) => onChange({ serviceTier: Number(event.target.value) })}
        />
        <SelectField
          label={QUESTION.incidentType}
          options={TYPE_OPTIONS}
          value={answers.incidentType ?? 'other'}
          error={typeError}
          onChange={(event) =>
            onChange({ incidentType: event.target.value as DeclarationAnswers['incidentType'] })
          }
        />
      </div>
      <SelectField
        label={QUESTION.urgency}
        options={urgencyOptions}
        value={answers.urgency ?? ''}
        onChange={(event) => onChange({ urgency: event.target.value || undefined })}
      />
    </fieldset>
  );
}
