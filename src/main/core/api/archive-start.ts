// The app's archive at start: a restore staged before the restart is put in place first; then the
// archive is opened (created on the first run, copied before a migration). One that fails its
// check, or a file that is no archive, does not stop the app: it starts in recovery, where only
// restoring a backup or recovering what can be read are offered.
import type { Database } from 'better-sqlite3';
import type { ArchiveStatus } from '../../../shared/api/archive';
import { toApiError, type ErrorCode } from '../../../shared/errors';
import { backupDirFor } from '../db/backup';
import { openArchive } from '../db/open';
import { applyStagedRestore } from '../db/restore';

/** Why an archive may be set aside for a backup or what recovery saves; anything else stops the app. */
const RECOVERABLE: readonly ErrorCode[] = ['databaseCorrupt', 'archiveTruncated', 'archiveDamaged', 'notAnArchive', 'notADatabase'];

export type AppArchive = { db: Database | null; status: ArchiveStatus };

export function openAppArchive(dbPath: string, options: { nativeBinding?: string; now?: Date } = {}): AppArchive {
  const status: ArchiveStatus = { state: 'sound', error: null, restored: null, restoreFailed: null };
  try {
    const restored = applyStagedRestore(dbPath, options);
    if (restored) status.restored = { kept: restored.kept };
  } catch (e) {
    // The staged file stays for the next start (another program may have held the archive).
    status.restoreFailed = toApiError(e);
  }
  try {
    const db = openArchive(dbPath, { ...options, create: true, backupDir: backupDirFor(dbPath) });
    return { db, status };
  } catch (e) {
    const error = toApiError(e);
    if (!RECOVERABLE.includes(error.code)) throw e;
    return { db: null, status: { ...status, state: 'damaged', error } };
  }
}
