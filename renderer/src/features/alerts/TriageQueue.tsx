import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import type { DeclarationAnswers } from '../../../../shared/classification/declarationAnswers.ts';
import { CUSTOMER_REACH } from '../../../../shared/classification/levels.ts';
import { SEVERITIES, type Severity } from '../../../../shared/domain/severity.ts';
import type { TriageCandidateDoc } from '../../../../shared/schema/triageCandidate.ts';
import { useLantern } from '../../app/db/LanternContext.tsx';
import { useLiveQuery } from '../../app/db/useLiveQuery.ts';
import { Button } from '../../ui/Button.tsx';
import { SelectField, TextField } from '../../ui/Field.tsx';
import { RefusalNotice } from '../command/RefusalNotice.tsx';
import { problemFor } from '../commands/commandFailure.ts';
import { useCommand } from '../commands/useCommand.ts';
import { formatAlertTime } from './alertFilters.ts';

const YES_NO: {
  id: 'dataExposed' | 'regulatedData' | 'revenueImpact' | 'safetyImpact';
  label: string;
}[] = [
  { id: 'dataExposed', label: 'Data may be exposed' },
  { id: 'regulatedData', label: 'Regulated data involved' },
  { id: 'revenueImpact', label: 'Revenue lost or payments failing' },
  { id: 'safetyImpact', label: 'Physical safety at risk' },
];

function AnswerFields({
  answers,
  change,
}: {
  answers: DeclarationAnswers;
  change: (patch: Partial<DeclarationAnswers>) => void;
}) {
  return (
    <div className="form-row">
      <SelectField
        label="Customers affected"
        options={CUSTOMER_REACH.map((value) => ({ value, label: value }))}
        value={answers.customersAffected}
        onChange={(e) =>
          change({ customersAffected: e.target.value as DeclarationAnswers['customersAffected'] })
        }
      />
      <SelectField
        label="Service tier"
        options={[1, 2, 3, 4].map((tier) => ({ value: String(tier), label: `Tier ${tier}` }))}
        value={String(answers.serviceTier)}
        onChange={(e) => change({ serviceTier: Number(e.target.value) })}
      />
      {YES_NO.map(({ id, label }) => (
        <label key={id}>
          <input
            type="checkbox"
            checked={answers[id]}
            onChange={(e) => change({ [id]: e.target.checked })}
          />
          {label}
        </label>
      ))}
    </div>
  );
}

function Accept({ candidate }: { candidate: TriageCandidateDoc }) {
  const { send, pending, failure } = useCommand('acceptTriageCandidate');
  const [title, setTitle] = useState(candidate.title);
  const [severity, setSeverity] = useState<Severity>('SEV2');
  const [answers, setAnswers] = useState(candidate.answers);
  async function submit(event: FormEvent) {
    event.preventDefault();
    await send({ candidateId: candidate.id, title, severity, answers });
  }
  return (
    <form className="stack" onSubmit={submit} aria-label={`Accept ${candidate.title}`}>
      <div className="form-row">
        <TextField
          label="Incident title"
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          error={problemFor(failure, 'title')}
          required
        />
        <SelectField
          label="Severity"
          options={SEVERITIES.map((value) => ({ value, label: value }))}
          value={severity}
          onChange={(e) => setSeverity(e.target.value as Severity)}
        />
      </div>
      <AnswerFields answers={answers} change={(patch) => setAnswers((a) => ({ ...a, ...patch }))} />
      <Button type="submit" variant="primary" disabled={pending}>
        Accept and declare
      </Button>
      <RefusalNotice failure={failure} />
    </form>
  );
}

function Dismiss({ candidate }: { candidate: TriageCandidateDoc }) {
  const { send, pending, failure } = useCommand('dismissTriageCandidate');
  const [reason, setReason] = useState('');
  async function submit(event: FormEvent) {
    event.preventDefault();
    await send({ candidateId: candidate.id, reason });
  }
  return (
    <form className="form-row" onSubmit={submit} aria-label={`Dismiss ${candidate.title}`}>
      <TextField
        label="Reason to dismiss"
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={problemFor(failure, 'reason')}
        required
      />
      <Button type="submit" variant="danger" disabled={pending}>
        Dismiss
      </Button>
      <RefusalNotice failure={failure} />
    </form>
  );
}

/** Open incident candidates from critical alerts, oldest first: a person accepts or dismisses each. */
export function TriageQueue() {
  const { bridge } = useLantern();
  const { documents, loading } = useLiveQuery('triageCandidates', {
    selector: { status: 'open', openedAt: { $gt: '' } },
    sort: [{ openedAt: 'asc' }],
  });
  return (
    <div className="alerts-screen">
      <h1 className="page-title">Triage queue</h1>
      <p>
        Critical alerts open a candidate here; nothing is declared until a person accepts it.{' '}
        <Link to="/alerts">Back to alerts</Link>
      </p>
      {!loading && documents.length === 0 ? <p>No open candidates.</p> : null}
      {documents.map((candidate) => (
        <section key={candidate.id} className="triage-candidate" aria-label={candidate.title}>
          <h2>{candidate.title}</h2>
          <p>
            {candidate.alertSeverity} alert{candidate.service ? ` on ${candidate.service}` : ''},
            opened {formatAlertTime(candidate.openedAt)}
          </p>
          {bridge.readOnly ? null : (
            <>
              <Accept candidate={candidate} />
              <Dismiss candidate={candidate} />
            </>
          )}
        </section>
      ))}
    </div>
  );
}
