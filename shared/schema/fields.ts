import { z } from 'zod';

/**
 * Field shapes the kinds share. Every kind's shape is defined once, in zod;
 * the RxDB JSON Schema of a collection is derived from it (shared/store/rxSchemaFromZod.ts).
 * Strings carry a maximum length: RxDB needs one on every indexed field, and
 * a bounded document is a bounded merge.
 */
export const idField = z.string().max(64);
/** A moment with its zone: `2026-11-26T10:00:00.000Z` or `…+01:00`, never a bare local time. */
export const isoTimeField = z.iso.datetime({ offset: true }).max(40);
export const hlcField = z.string().max(120);
export const nameField = z.string().min(1).max(200);
export const textField = z.string().max(20000);
/** Free-form JSON an owning module validates itself (a framework definition, an escalation state). */
export const jsonObjectField = z.record(z.string(), z.unknown());
