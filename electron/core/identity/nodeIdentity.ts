import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  randomUUID,
  type KeyObject,
} from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../files/atomicWrite.ts';

/** Who this node is: a stable id and the Ed25519 key that signs its audit chain. */
export interface NodeIdentity {
  nodeId: string;
  publicKeyPem: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
}

interface StoredIdentity {
  nodeId: string;
  publicKeyPem: string;
  privateKeyPem: string;
  createdAt: string;
}

export class IdentityFileError extends Error {
  override name = 'IdentityFileError';
}

const IDENTITY_FILE = 'node-identity.json';

/** Load the node identity from the data folder, creating it on first start. */
export function loadOrCreateNodeIdentity(dataDir: string): NodeIdentity {
  const path = join(dataDir, IDENTITY_FILE);
  if (!existsSync(path)) {
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const stored: StoredIdentity = {
      nodeId: `node-${randomUUID().slice(0, 8)}`,
      publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
      privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
      createdAt: new Date().toISOString(),
    };
    writeFileAtomic(path, JSON.stringify(stored, null, 2));
  }
  return parseIdentity(path);
}

function parseIdentity(path: string): NodeIdentity {
  try {
    const stored = JSON.parse(readFileSync(path, 'utf8')) as StoredIdentity;
    if (typeof stored.nodeId !== 'string' || !/^[a-z0-9-]{1,64}$/.test(stored.nodeId)) {
      throw new Error('bad nodeId');
    }
    return {
      nodeId: stored.nodeId,
      publicKeyPem: stored.publicKeyPem,
      privateKey: createPrivateKey(stored.privateKeyPem),
      publicKey: createPublicKey(stored.publicKeyPem),
    };
  } catch (cause) {
    throw new IdentityFileError(
      `The node identity file ${path} is unreadable (${(cause as Error).message}). Restore it from backup; deleting it makes this a new node.`,
    );
  }
}
