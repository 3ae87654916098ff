import { formatMinutes } from '../../../../shared/incidents/responseTimes.ts';
import type { ResponseMetrics } from '../../../../shared/improvement/responseMetrics.ts';
import { minutesText } from './chartColours.ts';

/** The few numbers a leader reads first, each with what it counts. */
export function HeadlineNumbers({ metrics }: { metrics: ResponseMetrics }) {
  const { acknowledge, resolve } = metrics.overall;
  const tiles = [
    { label: 'Real incidents', value: String(metrics.count), note: `${metrics.open} still open` },
    {
      label: 'MTTA',
      value: minutesText(acknowledge.mean, formatMinutes),
      note: `median ${minutesText(acknowledge.median, formatMinutes)} · p90 ${minutesText(acknowledge.p90, formatMinutes)} · ${acknowledge.count} measured`,
    },
    {
      label: 'MTTR',
      value: minutesText(resolve.mean, formatMinutes),
      note: `median ${minutesText(resolve.median, formatMinutes)} · p90 ${minutesText(resolve.p90, formatMinutes)} · ${resolve.count} measured`,
    },
    {
      label: 'Recurrence',
      value: `${metrics.recurrenceRate} %`,
      note: `${metrics.recurrences.length} repeat incidents`,
    },
  ];
  return (
    <dl className="metrics-headline">
      {tiles.map((tile) => (
        <div key={tile.label} className="metrics-tile">
          <dt>{tile.label}</dt>
          <dd className="metrics-tile-value">{tile.value}</dd>
          <dd className="metrics-tile-note">{tile.note}</dd>
        </div>
      ))}
    </dl>
  );
}
