import { z } from 'zod';
import { defineCommand } from '../../commands/command.ts';
import { forbidden, invalidInput } from '../../commands/errors.ts';
import { CATALOG_FORMATS, type CatalogImportDoc } from '../../schema/catalog.ts';
import { catalogDiff, idCollisions } from '../catalog/catalogDiff.ts';
import { CatalogFileError } from '../catalog/catalogEntry.ts';
import { readCurrentCatalog } from '../catalog/currentCatalog.ts';
import { parseCatalog } from '../catalog/parseCatalog.ts';

export const stageCatalogImportInput = z.strictObject({
  format: z.enum(CATALOG_FORMATS),
  content: z.string().min(1).max(900_000),
  fileName: z.string().trim().max(200).optional(),
});

/**
 * Read a catalogue file and keep its diff against the catalogue for review;
 * nothing in the catalogue changes until a person accepts changes.
 */
export const stageCatalogImport = defineCommand({
  name: 'stageCatalogImport',
  summary: 'Read a service catalogue file (CSV, Backstage, ServiceNow) and show what would change',
  input: stageCatalogImportInput,
  permission: 'administrator',
  // The file is kept as its diff; the audit chain records its size, not its text.
  auditedInput: (input) => ({
    format: input.format,
    fileName: input.fileName,
    contentLength: input.content.length,
  }),
  async plan(reads, input, context) {
    if (context.actor.kind !== 'person') throw forbidden('A person imports the service catalogue');
    let parsed;
    try {
      parsed = parseCatalog(input.format, input.content);
    } catch (error) {
      if (error instanceof CatalogFileError) throw invalidInput(error.problems);
      throw error;
    }
    const current = await readCurrentCatalog(reads);
    const collisions = idCollisions(parsed, current);
    if (collisions.length > 0) throw invalidInput(collisions);
    const { changes, unchangedCount } = catalogDiff(parsed, current, input.format);
    const staged: CatalogImportDoc = {
      id: context.newId('cimp'),
      hlc: context.nextHlc(),
      format: input.format,
      ...(input.fileName ? { fileName: input.fileName } : {}),
      status: 'staged',
      changes,
      unchangedCount,
      providedFields: [...parsed.provides],
      createdAt: context.now.toISOString(),
      createdBy: `${context.actor.kind}:${context.actor.id}`,
    };
    return { writes: [{ kind: 'catalogImports', document: staged }], result: staged };
  },
});
