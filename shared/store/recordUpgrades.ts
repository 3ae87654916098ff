import type { RxCollection } from 'rxdb';
import type { LanternDatabase } from './database.ts';
import { upgradeContent, type KindDefinition } from './kind.ts';
import { KIND_NAMES, lanternKinds } from './kinds.ts';
import { wrapRecord, type RecordEnvelope } from './records.ts';

/**
 * Rewrite every record stored at an older version of its kind at the
 * kind's current version, keeping its clocks (a field an upgrade adds has
 * none, so a peer's edit of it wins). Runs when the node opens its
 * database, before sync, so peers only ever exchange current versions.
 */
export async function upgradeStoredRecords(
  database: LanternDatabase,
  kinds: readonly KindDefinition[] = KIND_NAMES.map((name) => lanternKinds[name]),
): Promise<number> {
  const records = database.records as unknown as RxCollection<RecordEnvelope>;
  let upgraded = 0;
  for (const kind of kinds) {
    if (kind.storage.collection !== 'records' || kind.version === 0) continue;
    const stale = await records
      .find({ selector: { kind: kind.name, v: { $lt: kind.version } } })
      .exec();
    if (stale.length === 0) continue;
    const rewritten = stale.map((doc) => {
      const envelope = doc.toMutableJSON() as RecordEnvelope;
      const body = upgradeContent(kind, envelope.body, envelope.v);
      return wrapRecord(kind, body, envelope.fieldClocks);
    });
    await records.bulkUpsert(rewritten);
    upgraded += rewritten.length;
  }
  return upgraded;
}
