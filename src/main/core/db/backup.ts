// Copies of the archive. `diptych backup` and the app's daily copies use SQLite's online backup,
// which stays consistent while another connection writes; the copy made just before a migration
// uses VACUUM INTO, which runs in one read transaction too and needs nothing asynchronous.
// The app keeps its copies in a `backups` folder beside the archive: the last 7 daily ones and the
// last 5 made before migrations.
import type { Database } from 'better-sqlite3';
import { accessSync, constants, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, statfsSync } from 'node:fs';
import { DiptychError } from '../../../shared/errors';
import { basename, dirname, join } from 'node:path';

export const BACKUP_DIR_NAME = 'backups';
export const DAILY_BACKUPS_KEPT = 7;
export const MIGRATION_BACKUPS_KEPT = 5;

/** Pages copied per step of an online backup: about 4 MB, so other work interleaves. */
const BACKUP_STEP_PAGES = 1024;
/** better-sqlite3's largest step: everything left, in one read transaction. */
const ALL_PAGES = 0x7fffffff;

export type BackupKind = 'daily' | 'beforeMigration';

export interface BackupFile {
  /** The file name in the backups folder: what Settings and `restore` name it by. */
  name: string;
  path: string;
  kind: BackupKind;
  /** When it was made (the file's modification time), ISO 8601. */
  createdAt: string;
  bytes: number;
}

const NAMES: Record<BackupKind, RegExp> = {
  daily: /^daily-\d{4}-\d{2}-\d{2}\.db$/u,
  beforeMigration: /^before-migration-v\d+-\d{8}-\d{6}\.db$/u,
};

export function backupDirFor(archivePath: string): string {
  return join(dirname(archivePath), BACKUP_DIR_NAME);
}

/**
 * Copies the archive open as `db` to `dest` with SQLite's online backup. Steps of about 4 MB let
 * other work interleave; when another connection writes meanwhile (SQLite then starts the copy
 * over), the rest is copied in one step, inside one read transaction, so the copy always ends and
 * is always one consistent state. Written beside `dest` first and renamed: never half a copy.
 */
export async function backupArchive(
  db: Database,
  dest: string,
  onProgress?: (done: number, total: number) => void,
): Promise<{ bytes: number }> {
  const partial = `${dest}.partial`;
  assertWritableFolder(dest);
  rmSync(partial, { force: true });
  let lastRemaining = Number.POSITIVE_INFINITY;
  let restarted = false;
  try {
    await db.backup(partial, {
      progress: ({ totalPages, remainingPages }) => {
        if (remainingPages > lastRemaining) restarted = true;
        lastRemaining = remainingPages;
        onProgress?.(totalPages - remainingPages, totalPages);
        return restarted ? ALL_PAGES : BACKUP_STEP_PAGES;
      },
    });
    renameSync(partial, dest);
  } catch (e) {
    rmSync(partial, { force: true });
    throw writeError(dest, e);
  }
  return { bytes: statSync(dest).size };
}

/**
 * better-sqlite3 says a missing folder only as an untyped TypeError, and an unwritable one as
 * SQLITE_CANTOPEN: asked first, the folder tells its own reason (ENOENT, EACCES, ENOTDIR).
 */
function assertWritableFolder(dest: string): void {
  const folder = dirname(dest);
  try {
    accessSync(folder, constants.W_OK);
    if (!statSync(folder).isDirectory()) throw Object.assign(new Error(`${folder} is not a folder`), { code: 'ENOTDIR' });
  } catch (e) {
    throw writeError(dest, e);
  }
}

/** A failure to write `dest`, said as export says it; anything else (the archive's own) as it is. */
function writeError(dest: string, e: unknown): unknown {
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return e;
  if (code === 'ENOSPC' || code === 'EDQUOT' || code === 'SQLITE_FULL') return new DiptychError('diskFullWriting', { file: dest });
  // Errno codes (not Node's own ERR_… ones), and SQLite failing to open or write the copy.
  if (/^E[A-Z]+$/u.test(code) || code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_READONLY')) {
    return new DiptychError('cannotWriteFile', { file: dest, reason: code }, (e as Error).message);
  }
  return e;
}

/** The copy made before migrating from `fromVersion`; returns its path. */
export function backupBeforeMigration(db: Database, dir: string, fromVersion: number, now = new Date()): string {
  mkdirSync(dir, { recursive: true });
  const dest = join(dir, `before-migration-v${fromVersion}-${compactStamp(now)}.db`);
  const partial = `${dest}.partial`;
  rmSync(partial, { force: true });
  db.prepare('VACUUM INTO ?').run(partial);
  renameSync(partial, dest);
  prune(dir, 'beforeMigration', MIGRATION_BACKUPS_KEPT);
  return dest;
}

/**
 * Makes today's copy unless there is one, and keeps the last DAILY_BACKUPS_KEPT; null when there
 * was one. Refuses (backupNoSpace) when the disk would be left with less than the archive's size
 * free: a backup must never be what fills the disk under the archive.
 */
export async function ensureDailyBackup(db: Database, dir: string, now = new Date()): Promise<BackupFile | null> {
  const name = `daily-${localDate(now)}.db`;
  if (existsSync(join(dir, name))) return null;
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw writeError(dir, e);
  }
  const needed = 2 * archiveBytes(db);
  const free = freeBytes(dir);
  if (free < needed) throw new DiptychError('backupNoSpace', { free: Math.round(free / 1e6), needed: Math.round(needed / 1e6) });
  await backupArchive(db, join(dir, name));
  prune(dir, 'daily', DAILY_BACKUPS_KEPT);
  return describe(dir, name, 'daily');
}

/**
 * Runs ensureDailyBackup now and then every hour (an app left open past midnight makes the next
 * day's), telling `onResult` how each went. Returns the function that stops it.
 */
export function scheduleDailyBackups(
  db: Database,
  dir: string,
  onResult: (error: unknown | null) => void,
  firstDelayMs = 10_000,
): () => void {
  let running = false;
  const run = (): void => {
    if (running || !db.open) return;
    running = true;
    ensureDailyBackup(db, dir).then(
      () => onResult(null),
      (e: unknown) => onResult(e),
    ).finally(() => (running = false));
  };
  const first = setTimeout(run, firstDelayMs);
  const hourly = setInterval(run, 60 * 60 * 1000);
  first.unref?.();
  hourly.unref?.();
  return () => {
    clearTimeout(first);
    clearInterval(hourly);
  };
}

function archiveBytes(db: Database): number {
  return (db.pragma('page_count', { simple: true }) as number) * (db.pragma('page_size', { simple: true }) as number);
}

function freeBytes(dir: string): number {
  const fs = statfsSync(dir);
  return fs.bavail * fs.bsize;
}

/** The backups in `dir`, newest first. */
export function listBackups(dir: string): BackupFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map((name) => {
      const kind = backupKind(name);
      return kind ? describe(dir, name, kind) : null;
    })
    .filter((b): b is BackupFile => b !== null)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
}

export function backupKind(name: string): BackupKind | null {
  for (const kind of Object.keys(NAMES) as BackupKind[]) if (NAMES[kind].test(name)) return kind;
  return null;
}

function describe(dir: string, name: string, kind: BackupKind): BackupFile {
  const path = join(dir, name);
  const stat = statSync(path);
  return { name: basename(path), path, kind, createdAt: stat.mtime.toISOString(), bytes: stat.size };
}

/** Removes all but the newest `keep` backups of `kind` (names sort by date). */
function prune(dir: string, kind: BackupKind, keep: number): void {
  const names = readdirSync(dir)
    .filter((n) => backupKind(n) === kind)
    .sort()
    .reverse();
  for (const name of names.slice(keep)) rmSync(join(dir, name), { force: true });
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** The local calendar day, YYYY-MM-DD: a daily backup is the reader's day, not UTC's. */
export function localDate(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Local date and time as YYYYMMDD-HHMMSS: sorts as it reads, and is a file name on every system. */
export function compactStamp(d: Date): string {
  return `${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}-${pad(d.getHours())}${pad(d.getMinutes())}${pad(d.getSeconds())}`;
}
