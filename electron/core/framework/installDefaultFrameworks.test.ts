import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LanternDatabase } from '../../../shared/store/database.ts';
import { kindStore } from '../../../shared/store/kindStore.ts';
import { createFrameworkTestNode, RESOURCES_DIR } from '../commands/frameworkNode.testHelpers.ts';
import {
  adoptDefaultFrameworks,
  defaultFrameworkInstaller,
  readDefaultFrameworks,
} from './installDefaultFrameworks.ts';

async function kinds(db: LanternDatabase) {
  return (await kindStore(db).find('frameworks')).map((d) => `${d.kind}:${d.id}`).sort();
}

describe('default frameworks', () => {
  it('are adopted by the node as the system actor and say who adopted them in the audit', async () => {
    const node = await createFrameworkTestNode();
    expect(await kinds(node.database)).toEqual(
      expect.arrayContaining([
        'classificationCriteria:classification-2026-1',
        'commandStructure:command-structure',
        'decisionMatrix:decision-matrix',
      ]),
    );
    const audit = await node.database.audit
      .find({ selector: { command: 'adoptFramework' } })
      .exec();
    expect(audit.length).toBe(readDefaultFrameworks(RESOURCES_DIR).length);
    expect(new Set(audit.map((a) => a.actorId))).toEqual(new Set(['system:node']));
  });

  it('are installed once: a second run keeps what is stored, including an organisation’s own matrix', async () => {
    const node = await createFrameworkTestNode();
    const matrix = await kindStore(node.database).get('frameworks', 'decision-matrix');
    const own = { ...(matrix?.definition as Record<string, unknown>), version: 'northwind-7' };
    await node.run('adoptFramework', {
      kind: 'decisionMatrix',
      name: 'Northwind matrix',
      definition: own,
    });
    const before = await kinds(node.database);
    const installer = defaultFrameworkInstaller({
      database: node.database,
      execute: node.execute,
      resourcesDir: RESOURCES_DIR,
      log: () => undefined,
    });
    expect(await installer.installMissing()).toBe(0);
    await adoptDefaultFrameworks(node.execute, readDefaultFrameworks(RESOURCES_DIR));
    expect(await kinds(node.database)).toEqual(before);
    const kept = await kindStore(node.database).get('frameworks', 'decision-matrix');
    expect(kept?.name).toBe('Northwind matrix');
    expect((kept?.definition as { version: string }).version).toBe('northwind-7');
  });

  it('are adopted right after a workspace is created, before the next command runs', async () => {
    const node = await createFrameworkTestNode({ frameworks: false });
    expect(await kindStore(node.database).count('frameworks')).toBe(0);
    const installer = defaultFrameworkInstaller({
      database: node.database,
      execute: node.execute,
      resourcesDir: RESOURCES_DIR,
      log: () => undefined,
    });
    installer.onExecuted('registerPerson');
    installer.onExecuted('createWorkspace');
    const incident = await node.run('declareIncident', {
      title: 'Checkout down',
      severity: 'SEV3',
    });
    expect(incident.classification?.criteriaVersion).toBe('2026.1');
    expect(incident.commandMode).toBe('centralized');
  });

  it('install what is missing on a node whose workspace predates them', async () => {
    const node = await createFrameworkTestNode({ frameworks: false });
    const installer = defaultFrameworkInstaller({
      database: node.database,
      execute: node.execute,
      resourcesDir: RESOURCES_DIR,
      log: () => undefined,
    });
    expect(await installer.installMissing()).toBe(readDefaultFrameworks(RESOURCES_DIR).length);
    expect(await installer.installMissing()).toBe(0);
  });
});

describe('a broken default framework file', () => {
  it('is logged with its bad field and does not stop the others or the node', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lantern-resources-'));
    try {
      cpSync(join(RESOURCES_DIR, 'framework'), join(dir, 'framework'), { recursive: true });
      writeFileSync(join(dir, 'framework', 'command-structure.json'), '{"version":"x","roles":[]}');
      const node = await createFrameworkTestNode({ frameworks: false });
      const logged: string[] = [];
      const installer = defaultFrameworkInstaller({
        database: node.database,
        execute: node.execute,
        resourcesDir: dir,
        log: (message) => logged.push(message),
      });
      await installer.installMissing();
      expect(logged).toEqual([
        expect.stringContaining(
          'could not adopt the default frameworks: Invalid input — definition.roles',
        ),
      ]);
      expect(await kindStore(node.database).get('frameworks', 'decision-matrix')).toBeTruthy();
      writeFileSync(join(dir, 'framework', 'classification.json'), '{ not json');
      const unreadable = defaultFrameworkInstaller({
        database: node.database,
        execute: node.execute,
        resourcesDir: dir,
        log: (message) => logged.push(message),
      });
      expect(unreadable.defaults).toEqual([]);
      expect(logged).toHaveLength(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
