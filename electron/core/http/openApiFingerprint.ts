import { createHash } from 'node:crypto';
import { canonicalJson } from '../../../shared/audit/canonicalJson.ts';

/**
 * A short fingerprint of an OpenAPI document: one SHA-256 per component
 * schema and per path and method. The test keeps the document equivalent
 * (key order aside) to the one the hand-written path files produced, and a
 * difference names the path that changed instead of a 700 kB diff.
 */
export interface OpenApiFingerprint {
  head: string;
  components: Record<string, string>;
  paths: Record<string, Record<string, string>>;
}

const digest = (value: unknown) =>
  createHash('sha256').update(canonicalJson(value)).digest('hex').slice(0, 16);

export function openApiFingerprint(document: Record<string, unknown>): OpenApiFingerprint {
  const { paths, components, info, ...rest } = document as {
    paths: Record<string, Record<string, unknown>>;
    components: { schemas: Record<string, unknown> } & Record<string, unknown>;
    info: Record<string, unknown>;
  };
  const { schemas, ...otherComponents } = components;
  const { version: _version, ...stableInfo } = info;
  return {
    head: digest({ rest, otherComponents, info: stableInfo }),
    components: Object.fromEntries(Object.entries(schemas).map(([name, s]) => [name, digest(s)])),
    paths: Object.fromEntries(
      Object.entries(paths).map(([path, methods]) => [
        path,
        Object.fromEntries(Object.entries(methods).map(([m, op]) => [m, digest(op)])),
      ]),
    ),
  };
}
