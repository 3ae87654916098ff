import { useMemo, useState } from 'react';
import type { DeclarationAnswers } from '../../../../shared/classification/index.ts';
import type { IncidentType } from '../../../../shared/domain/incident.ts';
import type { Severity } from '../../../../shared/domain/severity.ts';
import type { CommandInput } from '../../../../shared/commands/registry.ts';
import { previewDeclaration } from '../../../../shared/framework/declarationPreview.ts';
import { useFrameworks } from '../../app/db/commandQueries.ts';
import { INITIAL_ANSWERS } from './declarationAnswers.ts';

export interface DeclareDraft {
  title: string;
  severity: Severity;
  type: IncidentType;
  summary: string;
  exercise: boolean;
  serviceIds: string[];
  /** Set once the person picks a severity; until then it follows the recommendation. */
  severityChosen: boolean;
}

const EMPTY_DRAFT: DeclareDraft = {
  title: '',
  severity: 'SEV3',
  type: 'availability',
  summary: '',
  exercise: false,
  serviceIds: [],
  severityChosen: false,
};

/**
 * The declare form's state: the draft, the threshold answers (the incident
 * type is one of them) and the live recommendation. Severity follows the
 * recommendation until the person chooses one themselves.
 */
export function useDeclarationDraft(now: Date) {
  const { documents: frameworks } = useFrameworks();
  const [draft, setDraft] = useState<DeclareDraft>(EMPTY_DRAFT);
  const [answers, setAnswers] = useState<DeclarationAnswers>(INITIAL_ANSWERS);
  const recommendation = useMemo(
    () => previewDeclaration(frameworks, answers, now),
    [frameworks, answers, now],
  );
  const update = (patch: Partial<DeclareDraft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    if (patch.type) setAnswers((current) => ({ ...current, incidentType: patch.type }));
  };
  const severity =
    draft.severityChosen || !recommendation ? draft.severity : recommendation.severity;
  const answer = (patch: Partial<DeclarationAnswers>) => {
    setAnswers((current) => ({ ...current, ...patch }));
    const type = patch.incidentType;
    if (type) setDraft((current) => ({ ...current, type }));
  };
  const input: CommandInput<'declareIncident'> = {
    title: draft.title,
    severity,
    type: draft.type,
    summary: draft.summary,
    exercise: draft.exercise,
    ...(draft.serviceIds.length ? { serviceIds: draft.serviceIds } : {}),
    ...(recommendation ? { answers } : {}),
  };
  return { draft: { ...draft, severity }, update, answers, answer, recommendation, input };
}
