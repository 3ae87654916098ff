import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NodeAddress } from '../../electron/core/access/signIn.testSupport.ts';
import { sessionOf } from './nodeApi.ts';

const organisationFile = join(
  import.meta.dirname,
  '..',
  '..',
  'resources',
  'demo',
  'organisation.json',
);

let demoPeople: { id: string; displayName: string }[] | undefined;

function demoPersonId(displayName: string): string | undefined {
  demoPeople ??= (
    JSON.parse(readFileSync(organisationFile, 'utf8')) as {
      people: { id: string; displayName: string }[];
    }
  ).people;
  return demoPeople.find((person) => person.displayName === displayName)?.id;
}

/** Every node a spec started, by the origin its pages are served from. */
const nodesByOrigin = new Map<string, NodeAddress>();

export function rememberNode(node: NodeAddress): void {
  nodesByOrigin.set(node.url, node);
}

/**
 * Before a demo person signs in at a browser, their administrator gives them
 * the test passphrase and PIN, as one would before their first shift. Done
 * for the people a spec chooses only: memory-hard hashing for all 36 demo
 * people made every node start take over a minute on a busy machine.
 */
export async function giveDemoPersonCredentials(pageUrl: string, displayName: string) {
  const node = nodesByOrigin.get(new URL(pageUrl).origin);
  const personId = demoPersonId(displayName);
  if (node && personId) await sessionOf(node, personId);
}
