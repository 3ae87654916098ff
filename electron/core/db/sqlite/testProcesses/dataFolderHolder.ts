// Child process for the lock tests: opens a database and keeps it open
// until killed, or (with "try") reports how opening went as one JSON line.
import { getRxStorageSqlite } from '../index.ts';
import { createIncidentInstance } from '../testSupport.ts';

const [dataDir, mode] = process.argv.slice(2);
if (!dataDir) {
  throw new Error('usage: dataFolderHolder.ts <dataDir> [try]');
}
try {
  const instance = await createIncidentInstance(getRxStorageSqlite({ dataDir }) as never, {
    databaseName: 'workspace',
  });
  if (mode === 'try') {
    await instance.close();
    process.stdout.write(JSON.stringify({ opened: true }) + '\n');
  } else {
    process.stdout.write(`holding ${process.pid}\n`);
    setInterval(() => undefined, 60_000);
  }
} catch (error) {
  const { name, message, ownerPid } = error as { name: string; message: string; ownerPid?: number };
  process.stdout.write(JSON.stringify({ opened: false, name, message, ownerPid }) + '\n');
}
