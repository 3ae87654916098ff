// Child process for the command crash test. On start it checks what the
// last run left behind and prints `verified <json>`; then it runs a stream
// of commands from several concurrent callers, printing `ack <timelineId>`
// once a command has been answered. `--crash <step>:<n>` makes it SIGKILL
// itself the n-th time the write path reaches <step>.
import { readFileSync } from 'node:fs';
import type { Actor } from '../../../../shared/commands/command.ts';
import { createLanternDatabase } from '../../../../shared/store/database.ts';
import { kindStore } from '../../../../shared/store/kindStore.ts';
import { HybridLogicalClock } from '../../../../shared/time/hlc.ts';
import { AuditLog } from '../../audit/auditLog.ts';
import { getRxStorageSqlite } from '../../db/sqlite/index.ts';
import { loadOrCreateNodeIdentity } from '../../identity/nodeIdentity.ts';
import { CommandExecutor, type WriteStep } from '../commandExecutor.ts';
import { verifyStoredCommands } from './storedCommandCheck.ts';

const [dataDir, ackedFile, crash = 'none', callers = '4'] = process.argv.slice(2);
if (!dataDir || !ackedFile)
  throw new Error('usage: commandStream.ts <dataDir> <ackedFile> [step:n|none] [callers]');
const [crashStep, crashAfter] = crash.split(':');
let armed = false;
let reached = 0;
const onWriteStep = (step: WriteStep) => {
  if (armed && step === crashStep && ++reached >= Number(crashAfter)) {
    process.kill(process.pid, 'SIGKILL');
  }
};

const identity = loadOrCreateNodeIdentity(dataDir);
const storage = getRxStorageSqlite({ dataDir });
const database = await createLanternDatabase({ name: 'lantern', storage });
const audit = new AuditLog(database, identity.nodeId, identity.privateKey);
const executor = new CommandExecutor({
  database,
  nodeId: identity.nodeId,
  clock: new HybridLogicalClock(identity.nodeId),
  audit,
  writeBatch: (work) => storage.runInWriteBatch('lantern', work),
  onWriteStep,
});

const acked = readFileSync(ackedFile, 'utf8').split('\n').filter(Boolean);
const report = await verifyStoredCommands(database, audit, identity.publicKey, acked);
process.stdout.write(`verified ${JSON.stringify(report)}\n`);

async function ensureIncident(): Promise<{ actor: Actor; incidentId: string }> {
  const kinds = kindStore(database);
  let person = await kinds.findOne('people');
  if (!person) {
    await executor.execute(
      'createWorkspace',
      { workspaceName: 'Crash test', displayName: 'Ada Commander' },
      { kind: 'system', id: 'first-run' },
    );
    person = await kinds.findOne('people');
  }
  const actor: Actor = { kind: 'person', id: person?.id ?? '' };
  const incident = await kinds.findOne('incidents');
  if (incident) return { actor, incidentId: incident.id };
  const declared = await executor.execute(
    'declareIncident',
    { title: 'Storage array degraded', severity: 'SEV2' },
    actor,
  );
  return { actor, incidentId: declared.id };
}

const { actor, incidentId } = await ensureIncident();
armed = crashStep !== 'none';
process.stdout.write('streaming\n');

/** Mostly timeline notes; every fifth command also changes the incident (two collections). */
async function caller(index: number): Promise<void> {
  for (let n = 0; ; n++) {
    if (n % 5 === 4) {
      const status = n % 10 === 4 ? 'investigating' : 'mitigated';
      await executor
        .execute('changeIncidentStatus', { incidentId, status }, actor)
        .catch(() => undefined);
      continue;
    }
    const entry = await executor.execute(
      'addTimelineEntry',
      { incidentId, text: `caller ${index} note ${n}` },
      actor,
    );
    process.stdout.write(`ack ${entry.id}\n`);
  }
}

await Promise.all(Array.from({ length: Number(callers) }, (_, index) => caller(index)));
