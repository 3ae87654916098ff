import { X509Certificate } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from 'selfsigned';
import { writeFileAtomic } from '../files/atomicWrite.ts';

/** This node's TLS identity for peer sync: self-signed; peers pin its SHA-256 fingerprint. */
export interface SyncCertificate {
  key: string;
  cert: string;
  /** SHA-256 of the DER certificate, colon-separated hex as Node prints it. */
  fingerprint: string;
}

const CERT_FILE = 'sync-certificate.json';

export function certificateFingerprint(certPem: string): string {
  return new X509Certificate(certPem).fingerprint256;
}

/** Load the certificate from the data folder, creating it (valid ten years) on first start. */
export async function loadOrCreateCertificate(
  dataDir: string,
  nodeId: string,
): Promise<SyncCertificate> {
  const path = join(dataDir, CERT_FILE);
  if (!existsSync(path)) {
    const notAfter = new Date();
    notAfter.setFullYear(notAfter.getFullYear() + 10);
    const pems = await generate([{ name: 'commonName', value: `lantern ${nodeId}` }], {
      keySize: 2048,
      algorithm: 'sha256',
      notAfterDate: notAfter,
    });
    writeFileAtomic(path, JSON.stringify({ key: pems.private, cert: pems.cert }, null, 2));
  }
  const stored = JSON.parse(readFileSync(path, 'utf8')) as { key: string; cert: string };
  return { key: stored.key, cert: stored.cert, fingerprint: certificateFingerprint(stored.cert) };
}
