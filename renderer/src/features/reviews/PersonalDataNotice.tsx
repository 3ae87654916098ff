import { findPersonalData } from '../../../../shared/reviews/redaction.ts';
import { blamingLanguage } from '../../../../shared/reviews/blamelessLanguage.ts';

/**
 * What an export will take out of this text (marked, not changed here), and
 * a nudge when a line blames a named person. Neither blocks saving.
 */
export function PersonalDataNotice({ text, names }: { text: string; names: readonly string[] }) {
  const findings = findPersonalData(text, names);
  const blame = blamingLanguage(text, names);
  if (findings.length === 0 && !blame) return null;
  return (
    <div className="personal-data-notice" role="note">
      {findings.length > 0 ? (
        <p data-testid="redaction-proposals">
          Redacted on export:{' '}
          {findings.map((f, i) => (
            <span key={`${f.start}`}>
              {i > 0 ? ', ' : ''}
              <mark>{f.text}</mark> ({f.kind})
            </span>
          ))}
        </p>
      ) : null}
      {blame ? (
        <p className="blame-warning" data-testid="blame-warning">
          Blameless wording: {blame}
        </p>
      ) : null}
    </div>
  );
}
