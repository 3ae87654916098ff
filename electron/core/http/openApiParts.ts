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

/**
 * X-Lantern-Actor, with what acting as that person means for these paths. Only an
 * integration token with the act-for-others scope may send it; sessions act as
 * their own person and are refused (403) if they name one.
 */
export const actorHeader = (description: string) => ({
  name: 'X-Lantern-Actor',
  in: 'header',
  required: false,
  schema: { type: 'string' },
  description: `Only for an integration token with the act-for-others scope (anyone else gets 403 actor-not-allowed; a session acts as its own person). ${description}`,
});

/** The refusals every authenticated route can give. */
export const commonErrors = {
  '400': error('Invalid input: the field and the reason'),
  '401': error('Missing or wrong bearer token'),
  '413': error('Body too large'),
};
