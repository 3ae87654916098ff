import { useLantern } from '../../app/db/LanternContext.tsx';
import { useLiveQuery } from '../../app/db/useLiveQuery.ts';
import { CatalogImportForm } from './CatalogImportForm.tsx';
import { ServiceCatalogue } from './ServiceCatalogue.tsx';
import { StagedImport } from './StagedImport.tsx';

/** The service catalogue: imports waiting for review, then the services and their conflicts. */
export function CatalogScreen() {
  const { bridge } = useLantern();
  const staged = useLiveQuery('catalogImports', {
    selector: { status: 'staged' },
    sort: [{ createdAt: 'desc' }],
  });
  const services = useLiveQuery('catalogServices', { sort: [{ name: 'asc' }] });
  return (
    <main className="catalog-screen stack" aria-labelledby="catalog-title">
      <h1 id="catalog-title">Service catalogue</h1>
      {bridge.readOnly ? null : <CatalogImportForm />}
      {staged.documents.map((imported) => (
        <StagedImport key={imported.id} staged={imported} readOnly={bridge.readOnly} />
      ))}
      <h2>Services</h2>
      <ServiceCatalogue services={services.documents} />
    </main>
  );
}
