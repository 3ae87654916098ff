import { useState, type FormEvent } from 'react';
import { vendorSlaClocks } from '../../../../shared/ownership/vendors/slaClocks.ts';
import {
  VENDOR_CONTACT_CHANNELS,
  VENDOR_CONTACT_KINDS,
  type VendorEngagementDoc,
} from '../../../../shared/schema/vendor.ts';
import { Button } from '../../ui/Button.tsx';
import { SelectField, TextField } from '../../ui/Field.tsx';
import { RefusalNotice } from '../command/RefusalNotice.tsx';
import { useCommand } from '../commands/useCommand.ts';
import { useTimeFormat } from '../time/useTimeFormat.ts';
import { describeClock, isBreach } from './vendorClocks.ts';

type Channel = (typeof VENDOR_CONTACT_CHANNELS)[number];
type ContactKind = (typeof VENDOR_CONTACT_KINDS)[number];

function RecordContact({ engagement }: { engagement: VendorEngagementDoc }) {
  const { send, pending, failure } = useCommand('recordVendorContact');
  const [channel, setChannel] = useState<Channel>('call');
  const [kind, setKind] = useState<ContactKind>('response');
  const [summary, setSummary] = useState('');
  const [commitment, setCommitment] = useState('');
  async function submit(event: FormEvent) {
    event.preventDefault();
    const outcome = await send({
      engagementId: engagement.id,
      channel,
      kind,
      summary,
      ...(commitment.trim() ? { commitment: { text: commitment } } : {}),
    });
    if (outcome.ok) {
      setSummary('');
      setCommitment('');
    }
  }
  return (
    <form
      className="form-row"
      onSubmit={submit}
      aria-label={`Record contact with ${engagement.vendorName}`}
    >
      <SelectField
        label="Channel"
        value={channel}
        onChange={(e) => setChannel(e.target.value as Channel)}
        options={VENDOR_CONTACT_CHANNELS.map((value) => ({ value, label: value }))}
      />
      <SelectField
        label="What it was"
        value={kind}
        onChange={(e) => setKind(e.target.value as ContactKind)}
        options={VENDOR_CONTACT_KINDS.map((value) => ({ value, label: value }))}
      />
      <TextField
        label="Summary"
        value={summary}
        onChange={(e) => setSummary(e.target.value)}
        required
      />
      <TextField
        label="They commit to"
        value={commitment}
        onChange={(e) => setCommitment(e.target.value)}
      />
      <Button type="submit" disabled={pending}>
        Record contact
      </Button>
      <RefusalNotice failure={failure} />
    </form>
  );
}

/** One engaged vendor: its SLA clocks as they stand now, contacts and commitments. */
export function VendorEngagementCard({
  engagement,
  now,
  readOnly,
}: {
  engagement: VendorEngagementDoc;
  now: Date;
  readOnly: boolean;
}) {
  const format = useTimeFormat();
  const clocks = vendorSlaClocks(engagement, now);
  return (
    <section className="vendor-engagement" aria-label={`Vendor ${engagement.vendorName}`}>
      <h3>
        {engagement.vendorName}{' '}
        <small>
          ({engagement.status}, {engagement.sla.severity} SLA)
        </small>
        {engagement.ticketNumber ? <small> ticket {engagement.ticketNumber}</small> : null}
      </h3>
      <ul aria-label={`SLA clocks of ${engagement.vendorName}`}>
        {clocks.map((clock) => (
          <li key={clock.name} className={isBreach(clock) ? 'vendor-breach' : undefined}>
            {describeClock(clock, (iso) => format.dateTime(iso))}
          </li>
        ))}
      </ul>
      <ol aria-label={`Contacts with ${engagement.vendorName}`}>
        {engagement.contacts.map((contact) => (
          <li key={contact.id}>
            {format.dateTime(contact.at)} {contact.kind} by {contact.channel}: {contact.summary}
          </li>
        ))}
      </ol>
      {engagement.commitments.length > 0 ? (
        <p>Commitments: {engagement.commitments.map((c) => c.text).join('; ')}</p>
      ) : null}
      {!readOnly && engagement.status === 'engaged' ? (
        <RecordContact engagement={engagement} />
      ) : null}
    </section>
  );
}
