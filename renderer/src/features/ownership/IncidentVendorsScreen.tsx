import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useLantern } from '../../app/db/LanternContext.tsx';
import { useLiveQuery } from '../../app/db/useLiveQuery.ts';
import { Button } from '../../ui/Button.tsx';
import { SelectField, TextField } from '../../ui/Field.tsx';
import { RefusalNotice } from '../command/RefusalNotice.tsx';
import { useCommand } from '../commands/useCommand.ts';
import { useNow } from '../incidents/useNow.ts';
import { VendorAccessList } from './VendorAccessList.tsx';
import { VendorEngagementCard } from './VendorEngagementCard.tsx';

function EngageVendor({ incidentId }: { incidentId: string }) {
  const vendors = useLiveQuery('vendors', { sort: [{ name: 'asc' }] }).documents;
  const { send, pending, failure } = useCommand('engageVendor');
  const [vendorId, setVendorId] = useState('');
  const [ticketNumber, setTicketNumber] = useState('');
  const chosen = vendorId || vendors[0]?.id || '';
  async function submit(event: FormEvent) {
    event.preventDefault();
    await send({ incidentId, vendorId: chosen, ...(ticketNumber ? { ticketNumber } : {}) });
  }
  if (vendors.length === 0) return <p>No vendors are registered (POST /api/v1/vendors).</p>;
  return (
    <form className="form-row" onSubmit={submit} aria-label="Engage a vendor">
      <SelectField
        label="Vendor"
        value={chosen}
        onChange={(e) => setVendorId(e.target.value)}
        options={vendors.map((vendor) => ({ value: vendor.id, label: vendor.name }))}
      />
      <TextField
        label="Vendor ticket number"
        value={ticketNumber}
        onChange={(e) => setTicketNumber(e.target.value)}
      />
      <Button type="submit" variant="primary" disabled={pending}>
        Engage vendor
      </Button>
      <RefusalNotice failure={failure} />
    </form>
  );
}

/** An incident's vendors: engage one, see each SLA clock as it stands, record every contact. */
export function IncidentVendorsScreen() {
  const { incidentId = '' } = useParams();
  const { bridge } = useLantern();
  const now = new Date(useNow(15_000));
  const { documents } = useLiveQuery('vendorEngagements', {
    selector: { incidentId },
    sort: [{ engagedAt: 'asc' }],
  });
  return (
    <main className="stack" aria-labelledby="vendors-title">
      <p>
        <Link to={`/incidents/${incidentId}`}>Back to the incident</Link>
      </p>
      <h1 id="vendors-title">Vendors on this incident</h1>
      {bridge.readOnly ? null : <EngageVendor incidentId={incidentId} />}
      {documents.map((engagement) => (
        <VendorEngagementCard
          key={engagement.id}
          engagement={engagement}
          now={now}
          readOnly={bridge.readOnly}
        />
      ))}
      <VendorAccessList incidentId={incidentId} now={now} />
    </main>
  );
}
