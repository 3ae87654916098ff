// The little of PouchDB and express-pouchdb the sync benchmark uses (neither ships types).
declare module 'pouchdb' {
  interface PouchDatabase {
    bulkDocs(docs: object[]): Promise<unknown>;
    info(): Promise<{ doc_count: number }>;
  }
  interface PouchStatic {
    new (name: string): PouchDatabase;
    defaults(options: { prefix: string }): PouchStatic;
    replicate(
      source: string | PouchDatabase,
      target: string | PouchDatabase,
      options?: object,
    ): Promise<unknown>;
  }
  const PouchDB: PouchStatic;
  export default PouchDB;
}

declare module 'express-pouchdb' {
  import type { Server } from 'node:http';
  export default function expressPouchDB(
    pouch: unknown,
    options: { mode: string; logPath: string },
  ): { listen(port: number, host: string): Server };
}
