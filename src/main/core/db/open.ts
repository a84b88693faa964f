// Opening the archive database: one function for the app, the CLI, tests and benchmarks.
// Before anything is written the file must be an archive (db/identity.ts) that passes the quick
// check (db/check.ts); anything else is refused and left byte for byte as it was.
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DiptychError } from '../../../shared/errors';
import { backupBeforeMigration } from './backup';
import { quickCheck } from './check';
import { classifyFileBytes, classifyOpened, isWalModeFile, readOpenedIdentity, type ArchiveFileKind } from './identity';
import { latestSchemaVersion, migrate, schemaVersion } from './migrate';

export interface OpenOptions {
  /** Path of a better-sqlite3 addon built for this runtime (the Electron app passes its own). */
  nativeBinding?: string;
  /** Read only: no pragma that writes, no migration (benchmarks inspecting an archive). */
  readonly?: boolean;
  /** Skip migrating (for tools that inspect a database as it is). */
  noMigrate?: boolean;
  /**
   * May an archive be created where there is none (no file, or an empty one)? Only `import` and
   * the app's first start create one. Default true, for tests and benchmarks.
   */
  create?: boolean;
  /** Run the quick check before using the archive (default true; `diptych check` runs the full one). */
  quickCheck?: boolean;
  /** Before a migration changes an archive that holds data, copy it into this folder. */
  backupDir?: string;
}

/** The WAL is cut back to this after each checkpoint, so a large import leaves no huge -wal. */
export const JOURNAL_SIZE_LIMIT = 64 * 1024 * 1024;

/** Opens (creating only where allowed) and migrates the archive at `file`; `:memory:` for a throwaway. */
export function openArchive(file: string, options: OpenOptions = {}): Database {
  if (file === ':memory:') {
    const db = connect(file, options);
    configure(db, false);
    if (!options.noMigrate) migrate(db);
    return db;
  }
  const kind = inspectArchive(file, options);
  const creating = kind.kind === 'missing' || kind.kind === 'empty';
  if (creating && options.create === false) {
    throw new DiptychError(kind.kind === 'missing' ? 'archiveMissing' : 'archiveEmpty', { file });
  }
  if (creating && !options.readonly) mkdirSync(dirname(file), { recursive: true });
  const db = connect(file, options);
  try {
    configure(db, options.readonly ?? false);
    if (!options.readonly && !options.noMigrate) migrateWithBackup(db, options.backupDir);
    return db;
  } catch (e) {
    db.close();
    throw asArchiveError(e, file);
  }
}

/** Checkpoints the write-ahead log into the archive and closes it (a no-op when already closed). */
export function closeArchive(db: Database): void {
  if (!db.open) return;
  try {
    // Never wait for another connection's readers: what cannot be checkpointed now is next time.
    if (!db.readonly && db.name !== ':memory:') {
      db.pragma('busy_timeout = 0');
      db.pragma('wal_checkpoint(TRUNCATE)');
    }
  } catch {
    // A busy or damaged archive is still closed; SQLite keeps the log.
  } finally {
    db.close();
  }
}

/**
 * What `file` is, refusing what is not a sound archive this build can open: from its bytes where
 * they tell, otherwise over a connection that writes nothing (see inspectionConnection), which
 * also runs the quick check unless `quickCheck` is false.
 */
export function inspectArchive(file: string, options: Pick<OpenOptions, 'nativeBinding' | 'quickCheck'> = {}): OpenableKind {
  let kind = classifyFileBytes(file);
  const check = options.quickCheck !== false;
  if (kind.kind === 'missing' || kind.kind === 'empty') return kind;
  if (kind.kind === 'needsSchema' || (kind.kind === 'archive' && check)) {
    const db = inspectionConnection(file, options);
    try {
      if (kind.kind === 'needsSchema') kind = classifyOpened(readOpenedIdentity(db));
      const openable = refuseUnless(kind, file);
      if (openable.kind === 'archive' && check) refuseDamaged(db, file);
    } catch (e) {
      throw asArchiveError(e, file);
    } finally {
      db.close();
    }
  }
  return refuseUnless(kind, file);
}

/** What a file may be for openArchive to go on: nothing yet, or an archive this build can open. */
export type OpenableKind = Extract<ArchiveFileKind, { kind: 'missing' | 'empty' | 'archive' }>;

/**
 * A connection that leaves the file as it found it: read-only, except for a WAL-mode file with no
 * log beside it, where a read-only connection would leave -wal and -shm behind and a read-write
 * one that only reads removes them again on close.
 */
export function inspectionConnection(file: string, options: Pick<OpenOptions, 'nativeBinding'> = {}): Database {
  const walLeftBehind = isWalModeFile(file) && !existsSync(`${file}-wal`);
  const db = connect(file, { ...options, readonly: !walLeftBehind });
  // The checks read each page about once: a small page cache loses them nothing, and the process
  // that opens an archive (the app's search worker) keeps the memory of a 16 MB one after closing.
  db.pragma(`cache_size = -${INSPECTION_CACHE_KIB}`);
  return db;
}

/** The inspection connection's page cache (SQLite's default 2 MiB; better-sqlite3 builds it with 16). */
const INSPECTION_CACHE_KIB = 2048;

/**
 * For checking a file already known to be an archive: read-write (FTS5's integrity-check is an
 * INSERT, refused on a read-only connection, though it writes nothing) unless a write-ahead log
 * lies beside it, which a read-write connection would fold into the file when it closes.
 */
export function checkingConnection(file: string, options: Pick<OpenOptions, 'nativeBinding'> = {}): Database {
  return connect(file, { ...options, readonly: existsSync(`${file}-wal`) });
}

function refuseUnless(kind: ArchiveFileKind | { kind: 'needsSchema' }, file: string): OpenableKind {
  switch (kind.kind) {
    case 'foreign':
      throw new DiptychError('notAnArchive', { file });
    case 'notDatabase':
      throw new DiptychError('notADatabase', { file });
    case 'truncated':
      throw new DiptychError('archiveTruncated', { file });
    case 'archive':
      if (kind.schemaVersion > latestSchemaVersion()) {
        throw new DiptychError('databaseTooNew', { found: kind.schemaVersion, supported: latestSchemaVersion() });
      }
      return kind;
    case 'needsSchema':
      throw new DiptychError('internal', { detail: 'archive identity undecided' });
    default:
      return kind;
  }
}

function connect(file: string, options: OpenOptions): Database {
  try {
    return new BetterSqlite3(file, {
      readonly: options.readonly ?? false,
      fileMustExist: options.readonly ?? false,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    });
  } catch (e) {
    throw new DiptychError('fileUnreadable', { file }, (e as Error).message);
  }
}

function refuseDamaged(db: Database, file: string): void {
  const result = quickCheck(db);
  if (!result.ok) throw new DiptychError('databaseCorrupt', { file }, result.problems.slice(0, 5).join('; '));
}

function configure(db: Database, readonly: boolean): void {
  if (!readonly) {
    db.pragma('journal_mode = WAL');
    db.pragma(`journal_size_limit = ${JOURNAL_SIZE_LIMIT}`);
  }
  db.pragma('foreign_keys = ON');
  // Long enough to wait out another process's import batch (see pipeline/writer.ts).
  db.pragma('busy_timeout = 15000');
  db.pragma('synchronous = NORMAL');
}

function migrateWithBackup(db: Database, backupDir: string | undefined): void {
  const from = schemaVersion(db);
  if (from > latestSchemaVersion()) {
    throw new DiptychError('databaseTooNew', { found: from, supported: latestSchemaVersion() });
  }
  if (backupDir && from > 0 && from < latestSchemaVersion()) backupBeforeMigration(db, backupDir, from);
  migrate(db);
}

/** SQLite's words for a damaged or foreign file, as the error the reader is told. */
function asArchiveError(e: unknown, file: string): unknown {
  if (e instanceof DiptychError) return e;
  const code = (e as { code?: unknown }).code;
  if (code === 'SQLITE_NOTADB') return new DiptychError('notADatabase', { file }, (e as Error).message);
  if (typeof code === 'string' && code.startsWith('SQLITE_CORRUPT')) {
    return new DiptychError('databaseCorrupt', { file }, (e as Error).message);
  }
  return e;
}
