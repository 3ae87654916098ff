import { useLiveQuery } from '../../app/db/useLiveQuery.ts';
import { formatAlertTime } from './alertFilters.ts';

/** Requests the node refused (unreadable payloads, too large): what the sender must fix. */
export function DeadLetters() {
  const { documents } = useLiveQuery('alertDeadLetters', {
    selector: {},
    sort: [{ receivedAt: 'desc' }],
    limit: 50,
  });
  if (documents.length === 0) return null;
  return (
    <section aria-labelledby="dead-letters-title">
      <h2 id="dead-letters-title">Refused requests</h2>
      <table className="alert-table">
        <thead>
          <tr>
            <th>Received</th>
            <th>Tool</th>
            <th>HTTP</th>
            <th>Field</th>
            <th>Reason</th>
          </tr>
        </thead>
        <tbody>
          {documents.map((letter) => (
            <tr key={letter.id}>
              <td>{formatAlertTime(letter.receivedAt)}</td>
              <td>{letter.source}</td>
              <td>{letter.status}</td>
              <td>{letter.field || '(body)'}</td>
              <td>{letter.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
