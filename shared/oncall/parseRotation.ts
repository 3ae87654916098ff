import { RotationConfigError } from './errors.ts';
import { onCallRotation, type OnCallRotation } from './rotationSchema.ts';

/** Validate a rotation from a file, a command or the database; throws with every bad field. */
export function parseRotation(input: unknown): OnCallRotation {
  const parsed = onCallRotation.safeParse(input);
  if (!parsed.success) throw RotationConfigError.fromZod(parsed.error);
  return parsed.data;
}
