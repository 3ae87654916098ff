import type { RxJsonSchema } from 'rxdb';
import { z } from 'zod';

/** What RxDB needs beyond the shape: the primary key, the indexes and the version. */
export interface CollectionSchemaOptions {
  title: string;
  version: number;
  primaryKey: string;
  indexes?: (string | string[])[];
  /** Extra top-level properties the store adds (field clocks of mutable kinds). */
  extraProperties?: Record<string, JsonSchemaNode>;
}

export type JsonSchemaNode = { [key: string]: unknown };

/**
 * The RxDB JSON Schema of a collection, derived from the kind's zod shape so
 * each shape is written once. zod's JSON Schema is tidied for RxDB: no
 * `$schema`, no regular expressions zod adds for its own formats (RxDB keeps
 * `format`), a `maxLength` on enums (RxDB needs one on indexed strings) and
 * `multipleOf: 1` on integers (RxDB sizes index keys of numbers from it).
 */
export function rxSchemaFromZod<T>(
  shape: z.ZodType,
  options: CollectionSchemaOptions,
): RxJsonSchema<T> {
  const generated = tidy(z.toJSONSchema(shape, { io: 'output', unrepresentable: 'any' }));
  const properties = {
    ...(generated.properties as Record<string, JsonSchemaNode>),
    ...options.extraProperties,
  };
  return {
    title: options.title,
    version: options.version,
    primaryKey: options.primaryKey,
    type: 'object',
    properties,
    required: generated.required as string[],
    ...(options.indexes ? { indexes: options.indexes } : {}),
    additionalProperties: false,
  } as unknown as RxJsonSchema<T>;
}

function tidy(node: JsonSchemaNode): JsonSchemaNode {
  const out: JsonSchemaNode = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$schema' || key === 'propertyNames') continue;
    if (key === 'pattern' && node.format !== undefined) continue;
    out[key] = tidyValue(value);
  }
  if (Array.isArray(out.enum) && out.type === 'string' && out.maxLength === undefined)
    out.maxLength = Math.max(...(out.enum as string[]).map((value) => value.length));
  // RxDB sizes number index keys from minimum, maximum and multipleOf.
  if (out.type === 'integer' && out.multipleOf === undefined) out.multipleOf = 1;
  if (out.type === 'string' && out.const !== undefined && out.maxLength === undefined)
    out.maxLength = String(out.const).length;
  return out;
}

function tidyValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(tidyValue);
  if (value && typeof value === 'object') return tidy(value as JsonSchemaNode);
  return value;
}
