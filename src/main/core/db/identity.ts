// What a file is, before Diptych writes to it: nothing yet (missing or empty), one of our archives
// (new, or made before archives carried their identity), or something else that must be refused
// and left exactly as it is. SQLite's own mark for this is PRAGMA application_id.
import type { Database } from 'better-sqlite3';
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { migration008 } from './migrations/008-archive-identity';
import { isTruncated, parseSqliteHeader, type SqliteHeader } from './sqlite-header';

/** Diptych's application_id: the bytes "DIPT" (0x44 0x49 0x50 0x54), registered nowhere else. */
export const DIPTYCH_APPLICATION_ID = 0x44495054;

/**
 * Archives made before the application_id was written carry 0 there and a user_version from 1 up
 * to this: the version before the migration that stamps it.
 */
export const LAST_UNSTAMPED_SCHEMA_VERSION = migration008.version - 1;

export type ArchiveFileKind =
  /** No file: an archive may be created here. */
  | { kind: 'missing' }
  /** A zero-length file, or an SQLite database with nothing in it: an archive may be created. */
  | { kind: 'empty' }
  | { kind: 'archive'; schemaVersion: number; stamped: boolean }
  /** An SQLite database of another program (or one whose tables are not Diptych's). */
  | { kind: 'foreign' }
  /** Not an SQLite database at all. */
  | { kind: 'notDatabase' }
  /** An SQLite file cut short. */
  | { kind: 'truncated' };

/** What identifies a database once it is open: its two header numbers and its tables' columns. */
export interface OpenedIdentity {
  applicationId: number;
  userVersion: number;
  /** Table name → its column names. */
  tables: ReadonlyMap<string, readonly string[]>;
}

/**
 * The tables each unstamped schema version had, with the columns Diptych reads (migrations 001–005,
 * as shipped). An unstamped file is taken as ours only when it has every one of them.
 */
const UNSTAMPED_TABLES: readonly { since: number; table: string; columns: readonly string[] }[] = [
  { since: 1, table: 'stories', columns: ['id', 'group_key', 'created_at', 'updated_at'] },
  {
    since: 1,
    table: 'versions',
    columns: ['id', 'story_id', 'lang', 'is_original', 'provenance', 'headline', 'agency', 'place', 'published_at', 'url', 'source_file', 'content_hash', 'imported_at'],
  },
  { since: 1, table: 'blocks', columns: ['id', 'version_id', 'position', 'kind', 'text', 'edited_at', 'original_text'] },
  { since: 1, table: 'tags', columns: ['id', 'name'] },
  { since: 1, table: 'story_tags', columns: ['story_id', 'tag_id'] },
  { since: 1, table: 'settings', columns: ['key', 'value'] },
  { since: 2, table: 'search_fts', columns: [] },
  { since: 2, table: 'search_pending', columns: ['version_id'] },
  { since: 3, table: 'alignments', columns: ['id', 'story_id', 'version_a', 'version_b', 'hash_a', 'hash_b', 'algorithm', 'computed_at'] },
  { since: 3, table: 'alignment_groups', columns: ['alignment_id', 'position', 'a_start', 'a_end', 'b_start', 'b_end', 'confidence', 'by_reader'] },
  { since: 3, table: 'alignment_repairs', columns: ['id', 'alignment_id', 'operation', 'before'] },
  { since: 4, table: 'version_links', columns: ['version_id', 'rel', 'url', 'lang'] },
];

/** Decides from an open database's identity what it is (pure: the table-style tests use it). */
export function classifyOpened(identity: OpenedIdentity): ArchiveFileKind {
  const { applicationId, userVersion, tables } = identity;
  if (applicationId === DIPTYCH_APPLICATION_ID) return { kind: 'archive', schemaVersion: userVersion, stamped: true };
  if (applicationId !== 0) return { kind: 'foreign' };
  if (userVersion === 0) return tables.size === 0 ? { kind: 'empty' } : { kind: 'foreign' };
  if (userVersion < 1 || userVersion > LAST_UNSTAMPED_SCHEMA_VERSION) return { kind: 'foreign' };
  const ours = UNSTAMPED_TABLES.filter((t) => t.since <= userVersion).every((t) => {
    const columns = tables.get(t.table);
    return columns !== undefined && t.columns.every((c) => columns.includes(c));
  });
  return ours ? { kind: 'archive', schemaVersion: userVersion, stamped: false } : { kind: 'foreign' };
}

/** Reads an open database's identity (only sqlite_schema and two header fields). */
export function readOpenedIdentity(db: Database): OpenedIdentity {
  const names = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .pluck()
    .all() as string[];
  const tables = new Map<string, string[]>();
  for (const name of names) {
    const columns = db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(name) as string[];
    tables.set(name, columns);
  }
  return {
    applicationId: db.pragma('application_id', { simple: true }) as number,
    userVersion: db.pragma('user_version', { simple: true }) as number,
    tables,
  };
}

/**
 * What the file at `file` is, from its bytes alone where they tell (no SQLite connection, so
 * nothing is written): `needsSchema` when only its tables can say (an unstamped file, or one with
 * a write-ahead log beside it whose newest pages are in the log).
 */
export function classifyFileBytes(file: string): ArchiveFileKind | { kind: 'needsSchema' } {
  if (!existsSync(file)) return { kind: 'missing' };
  const stat = statSync(file);
  // A folder (or a device) given as the archive holds no database to read.
  if (!stat.isFile()) return { kind: 'notDatabase' };
  const size = stat.size;
  const walBytes = existsSync(`${file}-wal`) ? statSync(`${file}-wal`).size : 0;
  if (size === 0) return walBytes > 0 ? { kind: 'needsSchema' } : { kind: 'empty' };
  const header = parseSqliteHeader(readStart(file, 65536));
  if (!header) return { kind: 'notDatabase' };
  if (walBytes > 0) return { kind: 'needsSchema' };
  if (isTruncated(header, size)) return { kind: 'truncated' };
  if (header.applicationId === DIPTYCH_APPLICATION_ID) {
    return { kind: 'archive', schemaVersion: header.userVersion, stamped: true };
  }
  if (header.applicationId !== 0) return { kind: 'foreign' };
  if (header.userVersion === 0 && header.schemaEmpty) return { kind: 'empty' };
  if (header.userVersion < 1 || header.userVersion > LAST_UNSTAMPED_SCHEMA_VERSION) return { kind: 'foreign' };
  return { kind: 'needsSchema' };
}

/** The SQLite header of the file at `file`; null when it has none (or is not there). */
export function parseSqliteHeaderOf(file: string): SqliteHeader | null {
  return existsSync(file) ? parseSqliteHeader(readStart(file, 105)) : null;
}

/** True when the file's header says it is in WAL mode (byte 18 is 2). */
export function isWalModeFile(file: string): boolean {
  return parseSqliteHeaderOf(file)?.writeVersion === 2;
}

function readStart(file: string, bytes: number): Uint8Array {
  const fd = openSync(file, 'r');
  try {
    const buffer = new Uint8Array(bytes);
    const read = readSync(fd, buffer, 0, bytes, 0);
    return buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}
