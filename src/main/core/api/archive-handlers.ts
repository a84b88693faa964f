// The archive's health over the API: its status at start, its backups, restoring one, and (when
// it is damaged) recovering what can be read. Both a restore and a recovery are staged beside the
// archive and put in place when the app starts again (core/db/restore.ts); the host restarts it
// on `restartRequested`.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ApiHandlers, BackupList } from '../../../shared/api';
import { DiptychError } from '../../../shared/errors';
import { backupDirFor, compactStamp, listBackups } from '../db/backup';
import { closeArchive, openArchive } from '../db/open';
import { recoverArchive } from '../db/recover';
import { stageRestore } from '../db/restore';
import type { ApiContext, ArchiveHealth } from './context';

type ArchiveMethods = 'archiveStatus' | 'listBackups' | 'restoreBackup' | 'recoverArchive';

/** What recovery can save something of: an archive with damaged pages. Another file is only set aside. */
const SALVAGEABLE = ['databaseCorrupt', 'archiveTruncated', 'archiveDamaged'];

export function archiveHandlers(ctx: Pick<ApiContext, 'dbPath' | 'nativeBinding' | 'emit'>, health: ArchiveHealth): Pick<ApiHandlers, ArchiveMethods> {
  const folder = backupDirFor(ctx.dbPath);
  const binding = ctx.nativeBinding ? { nativeBinding: ctx.nativeBinding } : {};
  return {
    archiveStatus: () => health.status,
    listBackups: (): BackupList => ({
      folder,
      backups: listBackups(folder).map(({ name, kind, createdAt, bytes }) => ({ name, kind, createdAt, bytes })),
      lastError: health.lastBackupError,
    }),
    restoreBackup: ({ name }) => {
      const backup = listBackups(folder).find((b) => b.name === name);
      if (!backup) throw new DiptychError('backupNotFound', { name });
      stageRestore(ctx.dbPath, backup.path, binding);
      ctx.emit('restartRequested', { reason: 'restore' });
      return { restarting: true };
    },
    recoverArchive: () => {
      const error = health.status.error;
      if (health.status.state !== 'damaged' || !error) throw new DiptychError('invalidInput', { detail: 'the archive is sound' });
      const out = join(dirname(ctx.dbPath), `archive.recovered-${compactStamp(new Date())}.db`);
      const summary = SALVAGEABLE.includes(error.code) ? salvage(ctx.dbPath, out, binding) : startAfresh(out, binding);
      stageRestore(ctx.dbPath, out, { ...binding, move: true });
      ctx.emit('restartRequested', { reason: 'recover' });
      return { ...summary, restarting: true };
    },
  };
}

function salvage(damaged: string, out: string, binding: { nativeBinding?: string }) {
  const report = recoverArchive(damaged, out, binding);
  return {
    stories: report.stories,
    versions: report.versions,
    blocks: report.blocks,
    storiesLost: report.storiesLost.length,
    versionsPartial: report.versionsPartial.length,
  };
}

/** Not an archive at all (another program's file in its place): a new, empty one takes its place. */
function startAfresh(out: string, binding: { nativeBinding?: string }) {
  if (existsSync(out)) throw new DiptychError('outputExists', { file: out });
  closeArchive(openArchive(out, binding));
  return { stories: 0, versions: 0, blocks: 0, storiesLost: 0, versionsPartial: 0 };
}
