import type { CommandFailure } from '../commands/commandFailure.ts';

/** Why the node refused, inside the dialog where the person is looking (a toast may be missed). */
export function RefusalNotice({ failure }: { failure: CommandFailure | null }) {
  if (!failure) return null;
  return (
    <div className="refusal" role="alert" data-testid="refusal">
      <strong className="refusal-title">Refused</strong>
      <p className="refusal-reason">{failure.message}</p>
      {failure.problems.length > 1 ||
      (failure.problems.length === 1 && failure.problems[0]?.reason !== failure.message) ? (
        <ul className="refusal-problems">
          {failure.problems.map((problem) => (
            <li key={`${problem.field}:${problem.reason}`}>{problem.reason}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
