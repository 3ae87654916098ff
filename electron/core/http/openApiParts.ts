import { z } from 'zod';

/** The small pieces every OpenAPI path file builds its entries from. */

/** A request body's JSON Schema from the zod schema the route validates with. */
export const requestSchema = (schema: z.ZodType) =>
  z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });

/** A kind's document as a response schema, from the kind's zod shape. */
export function documentSchema(shape: z.ZodType): Record<string, unknown> {
  const { $schema: _s, ...rest } = z.toJSONSchema(shape, { io: 'output', unrepresentable: 'any' });
  return rest;
}

export const json = (schema: unknown) => ({ content: { 'application/json': { schema } } });

/** A refusal response: the shared Error body. */
export const error = (description: string) => ({
  description,
  ...json({ $ref: '#/components/schemas/Error' }),
});

export const pathParam = (name: string) => ({
  name,
  in: 'path',
  required: true,
  schema: { type: 'string' },
});

/** X-Lantern-Actor, with what acting as that person means for these paths. */
export const actorHeader = (description: string) => ({
  name: 'X-Lantern-Actor',
  in: 'header',
  required: false,
  schema: { type: 'string' },
  description,
});
