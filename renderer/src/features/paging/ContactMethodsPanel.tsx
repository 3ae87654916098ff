import { useState } from 'react';
import {
  CONTACT_METHOD_TYPES,
  type ContactMethodType,
  type PagingProfileDoc,
} from '../../../../shared/schema/pagingProfile.ts';
import { useLiveQuery } from '../../app/db/useLiveQuery.ts';
import { useAppSelector } from '../../app/store/hooks.ts';
import { Button } from '../../ui/Button.tsx';
import { RefusalNotice } from '../command/RefusalNotice.tsx';
import { useCommand } from '../commands/useCommand.ts';
import { useTimeFormat } from '../time/useTimeFormat.ts';
import { selectCurrentPersonId } from '../session/sessionSlice.ts';
import {
  contactMethodsInput,
  METHOD_LABELS,
  newRowId,
  rowsOf,
  type MethodRow,
} from './contactMethodsDraft.ts';

function MethodFields({
  personId,
  row,
  onChange,
  onRemove,
}: {
  personId: string;
  row: MethodRow;
  onChange: (row: MethodRow) => void;
  onRemove: () => void;
}) {
  const test = useCommand('sendTestPage');
  const { time } = useTimeFormat();
  return (
    <li className="contact-method" data-testid="contact-method">
      <strong>{METHOD_LABELS[row.type]}</strong>
      {row.type === 'push' ? null : (
        <label>
          {row.type === 'email'
            ? 'Address'
            : row.type === 'webhook'
              ? 'Webhook name'
              : 'Number (E.164)'}
          <input
            value={row.address}
            onChange={(e) => onChange({ ...row, address: e.target.value })}
          />
        </label>
      )}
      <label>
        Minutes after the page
        <input
          type="number"
          min={0}
          max={240}
          value={row.afterMinutes}
          onChange={(e) => onChange({ ...row, afterMinutes: Number(e.target.value) })}
        />
      </label>
      <span className="muted">{row.testedAt ? `tested ${time(row.testedAt)}` : 'not tested'}</span>
      <Button busy={test.pending} onClick={() => void test.send({ personId, methodId: row.id })}>
        Send test
      </Button>
      <Button variant="ghost" onClick={onRemove}>
        Remove
      </Button>
      <RefusalNotice failure={test.failure} />
    </li>
  );
}

/** The signed-in person's contact methods and notification rules, with a test message per method. */
export function ContactMethodsPanel() {
  const me = useAppSelector(selectCurrentPersonId);
  const { documents } = useLiveQuery('pagingProfiles', { selector: { id: me ?? '' } });
  const profile = documents[0];
  if (!me) return null;
  // A stored change (here or from a peer) starts the form again from what is stored.
  return <ContactMethodsForm key={profile?.hlc ?? 'none'} me={me} profile={profile} />;
}

function ContactMethodsForm({
  me,
  profile,
}: {
  me: string;
  profile: PagingProfileDoc | undefined;
}) {
  const [rows, setRows] = useState<MethodRow[]>(() => rowsOf(profile));
  const [quiet, setQuiet] = useState(
    () => profile?.quietHours ?? { start: '', end: '', timeZone: 'UTC' },
  );
  const [adding, setAdding] = useState<ContactMethodType>('push');
  const save = useCommand('setContactMethods');
  const quietHours = quiet.start && quiet.end ? quiet : null;
  return (
    <section className="command-panel contact-methods" aria-label="My contact methods">
      <h2 className="section-title">My contact methods</h2>
      <p className="muted">
        Pages reach you in this order until you acknowledge. Quiet hours never hold back a SEV1.
      </p>
      <ul className="contact-method-list">
        {rows.map((row, i) => (
          <MethodFields
            key={row.id}
            personId={me}
            row={row}
            onChange={(next) => setRows(rows.map((r, j) => (j === i ? next : r)))}
            onRemove={() => setRows(rows.filter((_, j) => j !== i))}
          />
        ))}
      </ul>
      <div className="command-actions">
        <label>
          Add
          <select value={adding} onChange={(e) => setAdding(e.target.value as ContactMethodType)}>
            {CONTACT_METHOD_TYPES.map((type) => (
              <option key={type} value={type}>
                {METHOD_LABELS[type]}
              </option>
            ))}
          </select>
        </label>
        <Button
          onClick={() =>
            setRows([
              ...rows,
              { id: newRowId(rows, adding), type: adding, address: '', label: '', afterMinutes: 0 },
            ])
          }
        >
          Add method
        </Button>
        <label>
          Quiet from
          <input
            type="time"
            value={quiet.start}
            onChange={(e) => setQuiet({ ...quiet, start: e.target.value })}
          />
        </label>
        <label>
          to
          <input
            type="time"
            value={quiet.end}
            onChange={(e) => setQuiet({ ...quiet, end: e.target.value })}
          />
        </label>
        <label>
          Time zone
          <input
            value={quiet.timeZone}
            onChange={(e) => setQuiet({ ...quiet, timeZone: e.target.value })}
          />
        </label>
        <Button
          variant="primary"
          busy={save.pending}
          onClick={() => void save.send(contactMethodsInput(me, rows, quietHours))}
        >
          Save contact methods
        </Button>
      </div>
      <RefusalNotice failure={save.failure} />
    </section>
  );
}
