import { AsyncLocalStorage } from 'node:async_hooks';
import { inTransaction, statement } from './sqliteConnection.ts';
import type { SqliteConnection } from './sqliteConnection.ts';

/**
 * A write batch: one SQLite transaction that spans every collection of one
 * database and lasts across awaits. Every storage call made inside the
 * batch's async context (AsyncLocalStorage) joins it; every other caller on
 * the connection — writes, reads, replication, other batches — waits until
 * it has committed or rolled back, so nobody outside ever reads a row that
 * may still be rolled back. Change events are held until COMMIT and dropped
 * on ROLLBACK. Nested batches and each bulkWrite inside one are savepoints,
 * so a failing part rolls back alone.
 */

/** What a connection knows about its open batch. */
export type BatchGate = {
  /** Resolves when the open batch has committed or rolled back. */
  done: Promise<void>;
  /** Callers outside the batch waiting for it to end. */
  waiting: number;
};

type Scope = {
  readonly connection: SqliteConnection;
  /** 0 for the transaction, 1 for a savepoint in it, and so on. */
  readonly depth: number;
  /** Work (change events) to run after the outermost COMMIT, in write order. */
  afterCommit: (() => void)[];
  active: boolean;
  /** Serialises nested batches opened side by side (Promise.all) inside this scope. */
  children: Promise<void>;
};

const scopes = new AsyncLocalStorage<Scope>();
const gates = new WeakMap<SqliteConnection, BatchGate>();
/** The last ended batch's gate: its waiters get their turn before the next batch begins. */
const endedGates = new WeakMap<SqliteConnection, BatchGate>();

/** The batch of this async context on this connection, if one is open. */
function activeScope(connection: SqliteConnection): Scope | undefined {
  const scope = scopes.getStore();
  return scope?.active && scope.connection === connection ? scope : undefined;
}

/**
 * Resolves once no batch of another async context holds the connection.
 * Returns undefined (nothing to await) on the hot path without a batch.
 */
export function outsideBatchTurn(connection: SqliteConnection): Promise<void> | undefined {
  const gate = gates.get(connection);
  if (!gate || activeScope(connection)) return undefined;
  return waitForGate(connection);
}

async function waitForGate(connection: SqliteConnection): Promise<void> {
  for (let gate = gates.get(connection); gate; gate = gates.get(connection)) {
    gate.waiting += 1;
    try {
      await gate.done;
    } finally {
      gate.waiting -= 1;
    }
  }
}

/**
 * Runs `work` in one transaction with everything it writes through this
 * connection; resolves after COMMIT (fsynced, synchronous = FULL). Inside
 * another batch it becomes a savepoint of that batch.
 */
export async function runInWriteBatch<T>(
  connection: SqliteConnection,
  work: () => Promise<T>,
): Promise<T> {
  const parent = activeScope(connection);
  if (parent) return runNested(parent, work);
  // Callers that waited for the previous batch take their turn first, so a
  // stream of batches cannot starve readers and replication.
  while (gates.has(connection) || (endedGates.get(connection)?.waiting ?? 0) > 0) {
    if (gates.has(connection)) await waitForGate(connection);
    else await new Promise((resolve) => setImmediate(resolve));
  }
  let open: () => void = () => undefined;
  const gate: BatchGate = { done: new Promise((resolve) => (open = resolve)), waiting: 0 };
  statement(connection, 'BEGIN IMMEDIATE').run();
  gates.set(connection, gate);
  const root: Scope = {
    connection,
    depth: 0,
    afterCommit: [],
    active: true,
    children: Promise.resolve(),
  };
  let result: T;
  try {
    result = await scopes.run(root, work);
    root.active = false;
    statement(connection, 'COMMIT').run();
  } catch (error) {
    root.active = false;
    if (connection.db.isTransaction) statement(connection, 'ROLLBACK').run();
    throw error;
  } finally {
    gates.delete(connection);
    endedGates.set(connection, gate);
    open();
  }
  // Committed: nothing after this point may turn the batch into a failure.
  for (const emit of root.afterCommit) emit();
  return result;
}

async function runNested<T>(parent: Scope, work: () => Promise<T>): Promise<T> {
  const previousSibling = parent.children;
  let finished: () => void = () => undefined;
  parent.children = new Promise((resolve) => (finished = resolve));
  await previousSibling;
  if (!parent.active) {
    finished();
    throw new Error('A nested write batch started after its enclosing batch had ended.');
  }
  const child: Scope = {
    connection: parent.connection,
    depth: parent.depth + 1,
    afterCommit: [],
    active: true,
    children: Promise.resolve(),
  };
  // Named by depth: SQLite resolves a name to the innermost savepoint that has
  // it, and a fixed set of names keeps the prepared-statement cache small.
  const name = `batch_${child.depth}`;
  statement(parent.connection, `SAVEPOINT ${name}`).run();
  try {
    const result = await scopes.run(child, work);
    child.active = false;
    statement(parent.connection, `RELEASE ${name}`).run();
    parent.afterCommit.push(...child.afterCommit);
    return result;
  } catch (error) {
    child.active = false;
    rollbackTo(parent.connection, name);
    throw error;
  } finally {
    finished();
  }
}

function rollbackTo(connection: SqliteConnection, name: string): void {
  // A failed COMMIT of the whole batch may already have ended the transaction.
  if (!connection.db.isTransaction) return;
  statement(connection, `ROLLBACK TO ${name}`).run();
  statement(connection, `RELEASE ${name}`).run();
}

/**
 * Write contexts of RxDB's collection and document methods. Those put the
 * written state into RxDB's document cache before a batch commits, where it
 * would outlive a rollback, so inside a batch they are refused.
 */
const CACHING_WRITE_CONTEXTS = new Set([
  'rx-collection-bulk-insert',
  'rx-collection-bulk-remove',
  'rx-document-save-data',
  'incremental-write',
]);

/** A write through RxDB's collection methods inside a write batch. */
export class CachedWriteInBatchError extends Error {
  constructor(collectionName: string, context: string) {
    super(
      `Writing ${collectionName} through RxDB's collection methods (${context}) inside a write ` +
        "batch would leave a rolled-back state in RxDB's document cache. " +
        "Write through the collection's storageInstance instead (see docs/storage.md).",
    );
    this.name = 'CachedWriteInBatchError';
  }
}

/** Refuses a write that would cache state the open batch may still roll back. */
export function assertUncachedWrite(
  connection: SqliteConnection,
  collectionName: string,
  context: string,
): void {
  if (CACHING_WRITE_CONTEXTS.has(context) && activeScope(connection)) {
    throw new CachedWriteInBatchError(collectionName, context);
  }
}

/**
 * One storage write, all or nothing: its own transaction outside a batch
 * (after the open batch, if any, has ended), a savepoint inside one.
 * `announce` runs after the write is committed, never if it rolls back.
 */
export async function writeAtomically<T>(
  connection: SqliteConnection,
  write: () => T,
  announce: (result: T) => void,
): Promise<T> {
  const scope = activeScope(connection);
  if (scope) {
    const name = `write_${scope.depth}`;
    statement(connection, `SAVEPOINT ${name}`).run();
    let result: T;
    try {
      result = write();
      statement(connection, `RELEASE ${name}`).run();
    } catch (error) {
      rollbackTo(connection, name);
      throw error;
    }
    scope.afterCommit.push(() => announce(result));
    return result;
  }
  const turn = outsideBatchTurn(connection);
  if (turn) await turn;
  const result = inTransaction(connection, write);
  announce(result);
  return result;
}
