import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../../shared/commands/command.ts';
import { createTestExecutor } from '../commands/testNode.testHelpers.ts';
import { systemClock } from '../scheduler/schedulerClock.ts';
import { CheckpointFile, CheckpointFileError } from './checkpointFile.ts';
import { writtenIds, type CommittedCommand } from './committedCommands.ts';
import { defineReaction, type Reaction } from './reaction.ts';
import { ReactionRunner } from './reactionRunner.ts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A node core in memory with a data folder for the checkpoints. */
async function setup() {
  const test = await createTestExecutor();
  const dataDir = mkdtempSync(join(tmpdir(), 'lantern-reactions-'));
  folders.push(dataDir);
  const { person } = await test.executor.execute(
    'createWorkspace',
    { workspaceName: 'Northwind', displayName: 'Ada Commander' },
    { kind: 'system', id: 'first-run' },
  );
  const ada: Actor = { kind: 'person', id: person.id };
  const execute = (name: string, input: unknown, actor: Actor) =>
    test.executor.execute(name, input, actor);
  const logged: string[] = [];
  const runner = (reactions: Reaction[]) => {
    const started = new ReactionRunner({
      reactions,
      checkpoints: new CheckpointFile(dataDir),
      context: {
        database: test.database,
        execute,
        nodeId: 'node-test',
        clock: systemClock,
        log: (message) => logged.push(message),
      },
    });
    const unsubscribe = test.committed.subscribe(started.offer);
    return Object.assign(started, { unsubscribe });
  };
  const declare = (title: string) =>
    test.executor.execute('declareIncident', { title, severity: 'SEV3' }, ada);
  return { ...test, dataDir, ada, runner, declare, logged };
}

/** Notes the declarations it is given, as a reaction would act on them. */
function noting(name = 'note-declarations') {
  const seen: CommittedCommand[] = [];
  const reaction = defineReaction({
    name,
    commands: ['declareIncident'],
    react: async (command) => {
      seen.push(command);
    },
  });
  return { reaction, seen, titles: () => seen.map((c) => c.input.title) };
}

describe('reactions to committed commands', () => {
  it('are given the commands they follow, in commit order, with actor, seq and written ids', async () => {
    const test = await setup();
    const notes = noting();
    const runner = test.runner([notes.reaction]);
    await runner.start();
    const first = await test.declare('Payments down');
    await test.executor.execute(
      'addTimelineEntry',
      { incidentId: first.id, kind: 'note', text: 'Looking' },
      test.ada,
    );
    await test.declare('Email delayed');
    await runner.idle();
    expect(notes.titles()).toEqual(['Payments down', 'Email delayed']);
    expect(notes.seen[0]).toMatchObject({ name: 'declareIncident', actor: test.ada, seq: 2 });
    const [declared, second] = notes.seen;
    expect(declared && writtenIds(declared, 'incidents')).toEqual([first.id]);
    expect(second?.seq).toBe(4);
    await runner.stop();
  });

  it('catch up after a restart on what was committed while stopped, and on nothing before', async () => {
    const test = await setup();
    const before = noting();
    const runner = test.runner([before.reaction]);
    await runner.start();
    await test.declare('Before the stop');
    await runner.idle();
    await runner.stop();
    runner.unsubscribe();
    await test.declare('While down 1');
    await test.declare('While down 2');

    const after = noting();
    const restarted = test.runner([after.reaction]);
    await restarted.start();
    expect(after.titles()).toEqual(['While down 1', 'While down 2']);
    await test.declare('After the restart');
    await restarted.idle();
    expect(after.titles()).toEqual(['While down 1', 'While down 2', 'After the restart']);
    await restarted.stop();
  });

  it('replay from the stored checkpoint, so an effect cut off by a crash is repeated', async () => {
    const test = await setup();
    const notes = noting();
    const runner = test.runner([notes.reaction]);
    await runner.start();
    await test.declare('Payments down');
    await test.declare('Email delayed');
    await runner.idle();
    // A crash after the second effect, before its checkpoint reached the disk.
    await runner.stop();
    runner.unsubscribe();
    new CheckpointFile(test.dataDir).write({ 'note-declarations': notes.seen[0]?.seq ?? 0 });

    const replay = noting();
    await test.runner([replay.reaction]).start();
    expect(replay.titles()).toEqual(['Email delayed']);
  });

  it('keep one checkpoint each: a new reaction starts from the beginning of the chain', async () => {
    const test = await setup();
    const old = noting('old');
    const runner = test.runner([old.reaction]);
    await runner.start();
    await test.declare('Payments down');
    await runner.stop();
    runner.unsubscribe();

    const again = noting('old');
    const added = noting('added');
    await test.runner([again.reaction, added.reaction]).start();
    expect(again.titles()).toEqual([]);
    expect(added.titles()).toEqual(['Payments down']);
  });

  it('run the commands a reaction sends after the command it reacted to, and survive a failing one', async () => {
    const test = await setup();
    const failing = defineReaction({
      name: 'failing',
      commands: ['declareIncident'],
      react: async () => {
        throw new Error('the pager is unplugged');
      },
    });
    const noteOnTimeline = defineReaction({
      name: 'note-on-timeline',
      commands: ['declareIncident'],
      react: async (command, context) => {
        const [incidentId] = writtenIds(command, 'incidents');
        await context.execute(
          'addTimelineEntry',
          { incidentId, kind: 'system', text: 'Seen by a reaction' },
          { kind: 'system', id: 'test-reaction' },
        );
      },
    });
    const runner = test.runner([failing, noteOnTimeline]);
    await runner.start();
    const incident = await test.declare('Payments down');
    await runner.idle();
    const entries = await test.database.timeline
      .find({
        selector: { incidentId: incident.id },
        sort: [{ incidentId: 'asc' }, { hlc: 'asc' }],
      })
      .exec();
    expect(entries.map((e) => e.text).at(-1)).toBe('Seen by a reaction');
    expect(test.logged.some((line) => line.includes('the pager is unplugged'))).toBe(true);
    await runner.stop();
    expect(new CheckpointFile(test.dataDir).read()).toEqual({
      failing: 3,
      'note-on-timeline': 3,
    });
  });

  it('refuse a checkpoint file that is not one, saying which file', async () => {
    const test = await setup();
    const file = new CheckpointFile(test.dataDir);
    writeFileSync(file.path, '[1, 2]');
    expect(() => file.read()).toThrow(CheckpointFileError);
    expect(() => file.read()).toThrow(file.path);
  });
});
