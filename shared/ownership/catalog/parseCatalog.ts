import type { CatalogFormat } from '../../schema/catalog.ts';
import { parseBackstageCatalog } from './backstageCatalog.ts';
import type { ParsedCatalog } from './catalogEntry.ts';
import { parseCsvCatalog } from './csvCatalog.ts';
import { parseServiceNowCatalog } from './serviceNowCatalog.ts';

const PARSERS: Record<CatalogFormat, (content: string) => ParsedCatalog> = {
  csv: parseCsvCatalog,
  backstage: parseBackstageCatalog,
  servicenow: parseServiceNowCatalog,
};

/** The file in its format, or a `CatalogFileError` naming each bad line and field. */
export function parseCatalog(format: CatalogFormat, content: string): ParsedCatalog {
  return PARSERS[format](content);
}
