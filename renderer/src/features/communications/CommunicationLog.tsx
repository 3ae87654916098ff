import { communicationLogCsv } from '../../../../shared/communications/logExport.ts';
import type { IncidentDoc } from '../../../../shared/schema/incident.ts';
import { Button } from '../../ui/Button.tsx';
import { useTimeFormat } from '../time/useTimeFormat.ts';
import { useCommunicationLog } from './communicationQueries.ts';

function download(incident: IncidentDoc, csv: string) {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `${incident.reference}-communications.csv`;
  link.click();
  URL.revokeObjectURL(url);
}

/** The append-only communications record of the incident, newest last, exportable as CSV. */
export function CommunicationLog({ incident }: { incident: IncidentDoc }) {
  const { time } = useTimeFormat();
  const { documents } = useCommunicationLog(incident.id);
  return (
    <section className="command-panel" aria-label="Communications log">
      <h2 className="section-title">
        Communications log <span className="count">{documents.length}</span>
      </h2>
      <ol
        className="comms-log"
        data-testid="comms-log"
        tabIndex={0}
        aria-label="Log entries, oldest first"
      >
        {documents.map((entry) => (
          <li key={entry.id} className="comms-log-entry">
            <time dateTime={entry.at}>{time(entry.at)}</time>
            <span className="comms-log-action">{entry.action.replaceAll('-', ' ')}</span>
            <span className="comms-log-text">{entry.text}</span>
          </li>
        ))}
      </ol>
      <div className="command-actions">
        <Button
          variant="ghost"
          disabled={documents.length === 0}
          onClick={() => download(incident, communicationLogCsv(documents))}
        >
          Export CSV
        </Button>
      </div>
    </section>
  );
}
