// The archive's own health: whether it passed its check at start, its backups, and restoring one
// (or what could be recovered) in its place — after which the app starts again.
import { z } from 'zod';
import type { ApiError } from '../errors';
import { method } from './define';

export interface ArchiveStatus {
  /** `damaged`: the archive failed its check at start (or is not an archive); only recovery works. */
  state: 'sound' | 'damaged';
  /** Why, when damaged. */
  error: ApiError | null;
  /** Set once after a restore: the file the replaced archive was kept as. */
  restored: { kept: string | null } | null;
  /** A staged restore that could not be put in place at start (it waits for the next). */
  restoreFailed: ApiError | null;
}

export type BackupKind = 'daily' | 'beforeMigration';

export interface BackupInfo {
  /** The file's name in the backups folder, which names it in restoreBackup. */
  name: string;
  kind: BackupKind;
  /** ISO 8601. */
  createdAt: string;
  bytes: number;
}

export interface BackupList {
  /** Where they are, for the reader to find them. */
  folder: string;
  backups: BackupInfo[];
  /** The last automatic backup that failed, if the latest attempt did. */
  lastError: ApiError | null;
}

export interface RecoverSummary {
  stories: number;
  versions: number;
  blocks: number;
  storiesLost: number;
  versionsPartial: number;
}

/** A backup's file name, as listBackups gives it: no path, nothing else. */
export const BackupName = z.string().regex(/^(daily-\d{4}-\d{2}-\d{2}|before-migration-v\d+-\d{8}-\d{6})\.db$/u, 'not a backup name');

export const archiveContract = {
  archiveStatus: method<ArchiveStatus>()(z.object({}).strict().default({})),
  listBackups: method<BackupList>()(z.object({}).strict().default({})),
  /** Verifies the backup, stages it in the archive's place and restarts the app to put it there. */
  restoreBackup: method<{ restarting: true }>()(z.object({ name: BackupName }).strict()),
  /** A damaged archive only: recovers what can be read into a new archive, which takes its place on restart. */
  recoverArchive: method<RecoverSummary & { restarting: true }>()(z.object({}).strict().default({})),
};
