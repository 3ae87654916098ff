import { useState, type FormEvent } from 'react';
import {
  MAX_ALERT_SCORE,
  MIN_ALERT_SCORE,
  type MetricStreamDoc,
} from '../../../../shared/schema/metricStream.ts';
import { Button } from '../../ui/Button.tsx';
import { TextField } from '../../ui/Field.tsx';
import { RefusalNotice } from '../command/RefusalNotice.tsx';
import { problemFor } from '../commands/commandFailure.ts';
import { useCommand } from '../commands/useCommand.ts';

/** A person sets the score at which the stream's anomalies alert, with a reason (audited). */
export function StreamSensitivity({ stream }: { stream: MetricStreamDoc }) {
  const { send, pending, failure } = useCommand('setStreamAlertScore');
  const [alertScore, setAlertScore] = useState(String(stream.alertScore));
  const [reason, setReason] = useState('');
  async function submit(event: FormEvent) {
    event.preventDefault();
    const outcome = await send({ streamId: stream.id, alertScore: Number(alertScore), reason });
    if (outcome.ok) setReason('');
  }
  return (
    <form className="form-row" onSubmit={submit} aria-label={`Sensitivity of ${stream.stream}`}>
      <TextField
        label={`Alert at score (${MIN_ALERT_SCORE}–${MAX_ALERT_SCORE}; lower alerts more)`}
        type="number"
        step="0.01"
        min={MIN_ALERT_SCORE}
        max={MAX_ALERT_SCORE}
        value={alertScore}
        onChange={(e) => setAlertScore(e.target.value)}
        error={problemFor(failure, 'alertScore')}
        required
      />
      <TextField
        label="Reason for the change"
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={problemFor(failure, 'reason')}
        required
      />
      <Button type="submit" disabled={pending}>
        Set sensitivity
      </Button>
      <RefusalNotice failure={failure} />
    </form>
  );
}
