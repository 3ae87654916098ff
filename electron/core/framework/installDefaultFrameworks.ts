import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Actor } from '../../../shared/commands/command.ts';
import { frameworkDefinition } from '../../../shared/framework/frameworkKinds.ts';
import type { LanternDatabase } from '../../../shared/store/database.ts';
import type { FrameworkKind } from '../../../shared/schema/framework.ts';
import { kindStore } from '../../../shared/store/kindStore.ts';

export type ExecuteCommand = (name: string, input: unknown, actor: Actor) => Promise<unknown>;

export interface DefaultFramework {
  kind: FrameworkKind;
  name: string;
  definition: Record<string, unknown>;
}

export const FRAMEWORK_SYSTEM_ACTOR: Actor = { kind: 'system', id: 'node' };

/** The framework files the node adopts into every new workspace; escalation policies are optional. */
const DEFAULT_FILES: {
  file: string;
  kind: FrameworkKind;
  name: (d: Record<string, unknown>) => string;
}[] = [
  {
    file: 'classification.json',
    kind: 'classificationCriteria',
    name: (d) => `Classification criteria ${String(d.version)}`,
  },
  {
    file: 'decision-authority.json',
    kind: 'decisionMatrix',
    name: (d) => `Decision-authority matrix ${String(d.version)}`,
  },
  {
    file: 'command-structure.json',
    kind: 'commandStructure',
    name: (d) => `Command structure ${String(d.version)}`,
  },
  {
    file: 'handoff-policy.json',
    kind: 'handoffPolicy',
    name: (d) => `Handoff policy ${String(d.version)}`,
  },
];
const ESCALATION_POLICIES_FILE = 'escalation-policies.json';

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8')) as unknown;
}

/** The tabletop-exercise scenarios shipped in resources/scenarios (the schema file aside). */
export function readDefaultScenarios(resourcesDir: string): DefaultFramework[] {
  const dir = join(resourcesDir, 'scenarios');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json') && !file.endsWith('.schema.json'))
    .sort()
    .map((file) => {
      const definition = readJson(join(dir, file)) as Record<string, unknown>;
      return {
        kind: 'exerciseScenario' as const,
        name: String(definition.title ?? file),
        definition,
      };
    });
}

/** The default frameworks shipped in resources/framework and resources/scenarios, read synchronously. */
export function readDefaultFrameworks(resourcesDir: string): DefaultFramework[] {
  return [...readFrameworkFiles(resourcesDir), ...readDefaultScenarios(resourcesDir)];
}

function readFrameworkFiles(resourcesDir: string): DefaultFramework[] {
  const dir = join(resourcesDir, 'framework');
  const defaults = DEFAULT_FILES.map(({ file, kind, name }) => {
    const definition = readJson(join(dir, file)) as Record<string, unknown>;
    return { kind, name: name(definition), definition };
  });
  const policiesPath = join(dir, ESCALATION_POLICIES_FILE);
  const communications = readCommunicationDefaults(resourcesDir);
  if (!existsSync(policiesPath)) return [...defaults, ...communications];
  const policies = readJson(policiesPath);
  if (!Array.isArray(policies))
    throw new Error(`${policiesPath} must hold an array of escalation policies`);
  return [
    ...defaults,
    ...policies.map((policy: Record<string, unknown>) => ({
      kind: 'escalationPolicy' as const,
      name: String(policy.name ?? policy.id),
      definition: policy,
    })),
    ...communications,
  ];
}

/** Audiences, templates, cadence and approval policies from resources/communications (optional). */
const COMMUNICATION_FILES: { file: string; kind: FrameworkKind }[] = [
  { file: 'audiences.json', kind: 'audience' },
  { file: 'templates.json', kind: 'communicationTemplate' },
  { file: 'cadence-policy.json', kind: 'cadencePolicy' },
  { file: 'approval-policy.json', kind: 'approvalPolicy' },
];

function readCommunicationDefaults(resourcesDir: string): DefaultFramework[] {
  return COMMUNICATION_FILES.flatMap(({ file, kind }) => {
    const path = join(resourcesDir, 'communications', file);
    if (!existsSync(path)) return [];
    const content = readJson(path);
    const definitions = (Array.isArray(content) ? content : [content]) as Record<string, unknown>[];
    return definitions.map((definition) => ({
      kind,
      name: String(definition.name ?? definition.id),
      definition,
    }));
  });
}

/**
 * Adopt the defaults as the system actor. The commands are queued at once
 * (so they run straight after the command that created the workspace,
 * before anything a person sends next) and keep any document already
 * stored under the same id, so running this twice changes nothing.
 */
export function adoptDefaultFrameworks(
  execute: ExecuteCommand,
  defaults: readonly DefaultFramework[],
  actor: Actor = FRAMEWORK_SYSTEM_ACTOR,
): Promise<unknown[]> {
  return Promise.all(
    defaults.map((framework) =>
      execute('adoptFramework', { ...framework, onlyIfAbsent: true }, actor),
    ),
  );
}

/** The defaults not yet stored in this workspace (none when there is no workspace yet). */
export async function missingDefaultFrameworks(
  database: LanternDatabase,
  defaults: readonly DefaultFramework[],
): Promise<DefaultFramework[]> {
  if (!(await kindStore(database).findOne('workspaces'))) return [];
  const missing: DefaultFramework[] = [];
  for (const framework of defaults) {
    const kind = frameworkDefinition(framework.kind);
    let id: string;
    try {
      id = kind.documentId(framework.name, kind.parse(framework.definition) as never);
    } catch {
      // Not valid: adopting it fails with the bad fields, which the installer logs.
      missing.push(framework);
      continue;
    }
    if (!(await kindStore(database).get('frameworks', id))) missing.push(framework);
  }
  return missing;
}

/** Commands after which a workspace exists and needs its defaults. */
export const WORKSPACE_CREATING_COMMANDS: readonly string[] = [
  'createWorkspace',
  'importOrganisation',
];

/**
 * Wire the defaults into a node: an `onExecuted` hook that adopts them after
 * a workspace is created, and `installMissing` for a node whose workspace
 * predates them (run once at start).
 */
export function defaultFrameworkInstaller(options: {
  database: LanternDatabase;
  execute: ExecuteCommand;
  resourcesDir: string;
  log: (message: string) => void;
}) {
  const report = (error: unknown) =>
    options.log(`could not adopt the default frameworks: ${(error as Error).message}`);
  // A broken resource file must not stop the node: it starts without the defaults and says why.
  let defaults: DefaultFramework[] = [];
  try {
    defaults = readDefaultFrameworks(options.resourcesDir);
  } catch (error) {
    report(error);
  }
  return {
    onExecuted(name: string): void {
      if (WORKSPACE_CREATING_COMMANDS.includes(name))
        adoptDefaultFrameworks(options.execute, defaults).catch(report);
    },
    async installMissing(): Promise<number> {
      const missing = await missingDefaultFrameworks(options.database, defaults);
      await adoptDefaultFrameworks(options.execute, missing).catch(report);
      return missing.length;
    },
    /** The defaults read from resources/framework (empty when they could not be read). */
    defaults,
  };
}
