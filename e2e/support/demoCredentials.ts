import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sessionFor } from '../../electron/core/access/signIn.testSupport.ts';

const organisationFile = join(
  import.meta.dirname,
  '..',
  '..',
  'resources',
  'demo',
  'organisation.json',
);

/**
 * Gives every person of the demo organisation the test passphrase and PIN
 * (through its first administrator), the way an administrator would before
 * people sign in at a browser: the sign-in screen then takes the test
 * passphrase for whoever a spec chooses.
 */
export async function giveDemoPeopleCredentials(node: { url: string; token: string }) {
  const organisation = JSON.parse(readFileSync(organisationFile, 'utf8')) as {
    administratorIds: string[];
    people: { id: string }[];
  };
  const administrator = organisation.administratorIds[0] ?? '';
  for (const person of organisation.people) await sessionFor(node, person.id, administrator);
}
