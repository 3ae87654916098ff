// Child process for the SIGKILL test: writes batches forever and prints
// "written <n>" only after each bulkWrite has returned.
import { getRxStorageSqlite } from '../index.ts';
import { createIncidentInstance, incidentDocument } from '../testSupport.ts';

const dataDir = process.argv[2];
if (!dataDir) {
  throw new Error('usage: acknowledgedWriter.ts <dataDir>');
}
const BATCH = 50;
const instance = await createIncidentInstance(getRxStorageSqlite({ dataDir }) as never, {
  databaseName: 'durability',
});
for (let batch = 0; ; batch++) {
  const rows = Array.from({ length: BATCH }, (_, i) => ({
    document: incidentDocument({
      id: `doc-${batch}-${i}`,
      title: `batch ${batch}`,
      severity: i % 6,
    }),
  }));
  const response = await instance.bulkWrite(rows, 'durability');
  if (response.error.length > 0) {
    throw new Error(`write failed: ${JSON.stringify(response.error[0])}`);
  }
  process.stdout.write(`written ${(batch + 1) * BATCH}\n`);
}
