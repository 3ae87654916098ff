import { Link } from 'react-router-dom';
import type { MetricStreamDoc } from '../../../../shared/schema/metricStream.ts';
import { useLantern } from '../../app/db/LanternContext.tsx';
import { useLiveQuery } from '../../app/db/useLiveQuery.ts';
import { useTimeFormat } from '../time/useTimeFormat.ts';
import { StreamChart } from './StreamChart.tsx';
import { StreamSensitivity } from './StreamSensitivity.tsx';

/** Streams with an open anomaly alert first, then by their latest point. */
function byAttention(a: MetricStreamDoc, b: MetricStreamDoc): number {
  if (a.alerting !== b.alerting) return a.alerting ? -1 : 1;
  return b.lastPointAt.localeCompare(a.lastPointAt);
}

function StreamPanel({ stream, readOnly }: { stream: MetricStreamDoc; readOnly: boolean }) {
  const time = useTimeFormat();
  const setBy = stream.alertScoreSetAt
    ? ` (set ${time.dateTime(stream.alertScoreSetAt)} by ${stream.alertScoreSetBy ?? 'someone'})`
    : ' (default)';
  return (
    <section className="stream-panel" aria-label={stream.stream}>
      <h2>
        {stream.stream}{' '}
        {stream.alerting ? (
          <span className="stream-alerting">anomaly alert open</span>
        ) : (
          <span className="stream-normal">normal</span>
        )}
      </h2>
      <StreamChart stream={stream} />
      <p className="stream-meta">
        {stream.pointCount} points since {time.dateTime(stream.createdAt)} · alert score{' '}
        {stream.alertScore.toFixed(2)}
        {setBy}
      </p>
      {readOnly ? null : <StreamSensitivity stream={stream} />}
    </section>
  );
}

/** Every metric stream the node watches: recent values, expected band, anomalies, sensitivity. */
export function StreamsScreen() {
  const { bridge } = useLantern();
  const { documents, loading } = useLiveQuery('metricStreams', { selector: {} });
  const streams = [...documents].sort(byAttention);
  return (
    <div className="alerts-screen streams-screen">
      <h1 className="page-title">Metric streams</h1>
      <p>
        Each stream has an anomaly detector on the node; an anomaly at or above the stream’s alert
        score becomes an alert. <Link to="/alerts">Back to alerts</Link>
      </p>
      {!loading && streams.length === 0 ? (
        <p>No metric streams yet: create a metrics integration and post points to its URL.</p>
      ) : null}
      {streams.map((stream) => (
        <StreamPanel key={stream.id} stream={stream} readOnly={bridge.readOnly} />
      ))}
    </div>
  );
}
