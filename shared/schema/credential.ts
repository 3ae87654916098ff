import { z } from 'zod';
import { hlcField, idField, isoTimeField } from './fields.ts';

/**
 * A secret as stored: scrypt output with its own salt and the parameters it
 * was made with, so a later change of parameters still verifies old hashes.
 * Copying it reveals nothing usable without the memory-hard search.
 */
export const secretHashShape = z.strictObject({
  algorithm: z.literal('scrypt'),
  cost: z.number().int().min(1024).max(1_048_576),
  blockSize: z.number().int().min(1).max(64),
  parallelization: z.number().int().min(1).max(16),
  keyLength: z.number().int().min(16).max(128),
  salt: z.string().min(16).max(200),
  hash: z.string().min(16).max(400),
});

export type SecretHash = z.infer<typeof secretHashShape>;

/** One person's sign-in credentials; synced, never served to windows or the HTTP API. */
export const credentialShape = z.strictObject({
  /** The person's id: one credential record per person. */
  id: idField,
  passphrase: secretHashShape,
  /**
   * A short PIN for re-authenticating on a shared screen. `null` records that
   * the last setting had none, so it wins a merge against a PIN set
   * concurrently before it (an absent field carries no clock).
   */
  pin: secretHashShape.nullable().optional(),
  setAt: isoTimeField,
  setBy: z.string().max(140),
  hlc: hlcField,
});

export type CredentialDoc = z.infer<typeof credentialShape>;
