/**
 * Typed errors of the SQLite storage. Each message tells a commander what
 * happened and what to do about it.
 */
export class DataFolderInUseError extends Error {
  readonly dataDir: string;
  readonly databaseFile: string;
  readonly ownerPid: number | undefined;

  constructor(dataDir: string, databaseFile: string, ownerPid: number | undefined) {
    const owner = ownerPid === undefined ? 'pid unknown' : `pid ${ownerPid}`;
    super(
      `Lantern data folder ${dataDir} is already in use by another Lantern process (${owner}). ` +
        'Close the other Lantern window or stop that process, then start Lantern again.',
    );
    this.name = 'DataFolderInUseError';
    this.dataDir = dataDir;
    this.databaseFile = databaseFile;
    this.ownerPid = ownerPid;
  }
}

export class DatabaseFileDamagedError extends Error {
  readonly databaseFile: string;

  constructor(databaseFile: string, cause: unknown) {
    super(
      `The Lantern database file ${databaseFile} is damaged or is not a Lantern database. ` +
        'Move it out of the data folder (keep it for recovery) and restore the latest backup, ' +
        'or start with an empty folder and let peers sync the data back.',
      { cause },
    );
    this.name = 'DatabaseFileDamagedError';
    this.databaseFile = databaseFile;
  }
}

export class InvalidDatabaseNameError extends Error {
  readonly databaseName: string;

  constructor(databaseName: string) {
    super(
      `"${databaseName}" cannot be used as a Lantern database name: use letters, digits, '-', '_' and '.' ` +
        '(not leading), at most 200 characters, so the database stays inside its data folder.',
    );
    this.name = 'InvalidDatabaseNameError';
    this.databaseName = databaseName;
  }
}

export class CollectionLayoutMismatchError extends Error {
  constructor(tableName: string, stored: string, wanted: string) {
    super(
      `The stored table ${tableName} has the index layout "${stored}" but this Lantern build expects "${wanted}". ` +
        'If the schema indexes changed, bump the schema version and add a migration strategy; ' +
        'if the key format changed (a development build), start from an empty data folder and let peers sync.',
    );
    this.name = 'CollectionLayoutMismatchError';
  }
}
