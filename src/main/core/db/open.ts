// Opening the archive database: one function for the app, the CLI, tests and benchmarks.
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DiptychError } from '../../../shared/errors';
import { latestSchemaVersion, migrate, schemaVersion } from './migrate';

export interface OpenOptions {
  /** Path of a better-sqlite3 addon built for this runtime (the Electron app passes its own). */
  nativeBinding?: string;
  readonly?: boolean;
  /** Skip migrating (for tools that inspect a database as it is). */
  noMigrate?: boolean;
}

/** Opens (creating if needed) and migrates the archive at `file`; `:memory:` for a throwaway. */
export function openArchive(file: string, options: OpenOptions = {}): Database {
  if (file !== ':memory:' && !options.readonly) mkdirSync(dirname(file), { recursive: true });
  let db: Database;
  try {
    db = new BetterSqlite3(file, {
      readonly: options.readonly ?? false,
      fileMustExist: options.readonly ?? false,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    });
  } catch (e) {
    throw new DiptychError('fileUnreadable', { file }, (e as Error).message);
  }
  try {
    configure(db, options.readonly ?? false);
    if (!options.noMigrate && !options.readonly) migrate(db);
  } catch (e) {
    db.close();
    if (e instanceof DiptychError) throw e;
    const message = (e as Error).message;
    if (/not a database|malformed/i.test(message)) {
      throw new DiptychError('databaseCorrupt', { file }, message);
    }
    throw e;
  }
  return db;
}

function configure(db: Database, readonly: boolean): void {
  // Check the file is a database, and not one from a newer Diptych, before changing anything.
  db.pragma('schema_version');
  const found = schemaVersion(db);
  if (found > latestSchemaVersion()) {
    throw new DiptychError('databaseTooNew', { found, supported: latestSchemaVersion() });
  }
  if (!readonly) db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  // Long enough to wait out another process's import batch (see pipeline/writer.ts).
  db.pragma('busy_timeout = 15000');
  db.pragma('synchronous = NORMAL');
}
