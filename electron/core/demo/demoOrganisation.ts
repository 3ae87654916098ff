import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Actor } from '../../../shared/commands/command.ts';
import type { LanternDatabase } from '../../../shared/store/database.ts';
import { kindStore } from '../../../shared/store/kindStore.ts';

export const DEMO_FILE = join('demo', 'organisation.json');

/** The fictional demo organisation shipped in resources/. */
export function readDemoOrganisation(resourcesDir: string): unknown {
  return JSON.parse(readFileSync(join(resourcesDir, DEMO_FILE), 'utf8')) as unknown;
}

export type ExecuteCommand = (name: string, input: unknown, actor: Actor) => Promise<unknown>;

/** Seed the demo organisation into an empty node; a node that already has a workspace is left alone. */
export async function seedDemoOnce(
  database: LanternDatabase,
  execute: ExecuteCommand,
  resourcesDir: string,
  actor: Actor,
): Promise<'seeded' | 'already-seeded' | 'workspace-exists'> {
  const workspace = await kindStore(database).findOne('workspaces');
  if (workspace) return workspace.demo ? 'already-seeded' : 'workspace-exists';
  const organisation = readDemoOrganisation(resourcesDir) as Record<string, unknown>;
  await execute('importOrganisation', { ...organisation, demo: true }, actor);
  return 'seeded';
}
