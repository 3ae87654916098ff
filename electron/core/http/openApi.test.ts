import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nodeFeatures } from '../features.ts';
import { buildOpenApiDocument } from './openApi.ts';
import { openApiFingerprint, type OpenApiFingerprint } from './openApiFingerprint.ts';

const baseline = JSON.parse(
  readFileSync(new URL('./openApi.fingerprint.json', import.meta.url), 'utf8'),
) as OpenApiFingerprint;

describe('the OpenAPI document assembled from the features', () => {
  it('describes every path and method as the hand-written path files did', () => {
    // A difference names the path and method whose description changed. When a
    // change is meant, regenerate the baseline: npm run openapi:fingerprint
    expect(openApiFingerprint(buildOpenApiDocument('0.0.0-test', nodeFeatures))).toEqual(baseline);
  });

  it('documents every route the node serves, and only those', () => {
    const paths = buildOpenApiDocument('0.0.0-test', nodeFeatures).paths as Record<
      string,
      Record<string, unknown>
    >;
    const documented = Object.entries(paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const declared = nodeFeatures.flatMap((feature) =>
      (feature.routes ?? []).map((route) => `${route.method} ${route.path}`),
    );
    for (const route of declared) expect(documented).toContain(route);
  });
});
