// Putting a backup (or a recovered archive) in the archive's place. The replacement is verified
// first — a Diptych archive this build can open that passes the full check — and the archive it
// replaces is kept beside it as `archive.db.before-restore-<date>`, with its write-ahead log.
// The CLI restores at once; the app stages the file (`archive.db.restore-pending`) and relaunches,
// and the API worker puts it in place before it opens the archive.
import BetterSqlite3 from 'better-sqlite3';
import { copyFileSync, existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { DiptychError } from '../../../shared/errors';
import { compactStamp } from './backup';
import { isWalModeFile } from './identity';
import { inspectArchive } from './open';
import { verifyArchiveFile } from './verify';

export interface RestoreResult {
  archive: string;
  /** Where the replaced archive was kept; null when there was none. */
  kept: string | null;
}

export interface RestoreOptions {
  nativeBinding?: string;
  now?: Date;
}

export const PENDING_SUFFIX = '.restore-pending';

/** Verifies `source`, then puts a copy of it in `archive`'s place, keeping the one it replaces. */
export function restoreArchive(archive: string, source: string, options: RestoreOptions = {}): RestoreResult {
  verifyArchiveFile(source, options);
  const incoming = `${archive}.restoring`;
  copyArchiveFile(source, incoming, options);
  try {
    return replaceArchive(archive, incoming, options);
  } finally {
    rmSync(incoming, { force: true });
  }
}

/** Verifies `source` and stages a copy (or, `move`, the file itself) to replace the archive at the next start. */
export function stageRestore(archive: string, source: string, options: RestoreOptions & { move?: boolean } = {}): string {
  verifyArchiveFile(source, options);
  const pending = `${archive}${PENDING_SUFFIX}`;
  rmSync(pending, { force: true });
  if (options.move && !existsSync(`${source}-wal`)) renameSync(source, pending);
  else copyArchiveFile(source, pending, options);
  return pending;
}

/** Puts a staged restore in place (the app, before opening the archive); null when none is staged. */
export function applyStagedRestore(archive: string, options: RestoreOptions = {}): RestoreResult | null {
  const pending = `${archive}${PENDING_SUFFIX}`;
  if (!existsSync(pending)) return null;
  // Verified when staged; a quick look again that it is still what was staged.
  inspectArchive(pending, options);
  return replaceArchive(archive, pending, options);
}

/** A self-contained copy of an archive file: through SQLite when its log holds pages, else byte for byte. */
function copyArchiveFile(source: string, dest: string, options: RestoreOptions): void {
  rmSync(dest, { force: true });
  if (!existsSync(`${source}-wal`) || statSync(`${source}-wal`).size === 0) {
    copyFileSync(source, dest);
    return;
  }
  const db = new BetterSqlite3(source, { readonly: true, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
  try {
    db.prepare('VACUUM INTO ?').run(dest);
  } finally {
    db.close();
  }
}

/** Moves the archive (and its log) aside as before-restore-<date>, then `replacement` into its place. */
function replaceArchive(archive: string, replacement: string, options: RestoreOptions): RestoreResult {
  let kept: string | null = null;
  if (existsSync(archive)) {
    refuseIfInUse(archive, options);
    kept = `${archive}.before-restore-${compactStamp(options.now ?? new Date())}`;
    renameSync(archive, kept);
    if (existsSync(`${archive}-wal`)) renameSync(`${archive}-wal`, `${kept}-wal`);
  }
  rmSync(`${archive}-shm`, { force: true });
  rmSync(`${archive}-wal`, { force: true });
  renameSync(replacement, archive);
  return { archive, kept };
}

/**
 * Another connection (the app, another command) that has read the archive holds a lock on it: an
 * exclusive-mode connection cannot take its write lock then (SQLITE_BUSY). Writes nothing, so the
 * file kept aside is byte for byte the one replaced. A file SQLite cannot read is in no one's use.
 */
function refuseIfInUse(archive: string, options: RestoreOptions): void {
  if (!isWalModeFile(archive)) return;
  let db: BetterSqlite3.Database | undefined;
  try {
    db = new BetterSqlite3(archive, { timeout: 0, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN IMMEDIATE');
    db.exec('ROLLBACK');
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))) {
      throw new DiptychError('archiveInUse', { file: archive });
    }
  } finally {
    db?.close();
  }
}
