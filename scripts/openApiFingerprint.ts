import { writeFileSync } from 'node:fs';
import { nodeFeatures } from '../electron/core/features.ts';
import { buildOpenApiDocument } from '../electron/core/http/openApi.ts';
import { openApiFingerprint } from '../electron/core/http/openApiFingerprint.ts';

/**
 * Rewrites electron/core/http/openApi.fingerprint.json from the document the
 * features generate now. Run it when an API change is meant, and say so in
 * the commit: the test compares the document against this file.
 */
const target = new URL('../electron/core/http/openApi.fingerprint.json', import.meta.url);
const fingerprint = openApiFingerprint(buildOpenApiDocument('0.0.0-test', nodeFeatures));
writeFileSync(target, `${JSON.stringify(fingerprint, null, 2)}\n`);
console.log(`wrote ${target.pathname}`);
