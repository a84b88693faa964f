// Checking an archive file as it is, writing nothing: `diptych check`, and what restore asks of
// a backup before it takes the archive's place.
import { DiptychError } from '../../../shared/errors';
import { fullCheck, type FullCheckResult } from './check';
import { checkingConnection, inspectArchive } from './open';

export interface FileCheckResult extends FullCheckResult {
  schemaVersion: number;
}

/**
 * Runs the full check on the archive at `file`. What is no archive at all (another program's
 * database, a file cut short, one from a newer Diptych) is refused with its reason.
 */
export function checkArchiveFile(file: string, options: { nativeBinding?: string } = {}): FileCheckResult {
  const kind = inspectArchive(file, { ...options, quickCheck: false });
  if (kind.kind === 'missing') throw new DiptychError('archiveMissing', { file });
  if (kind.kind === 'empty') throw new DiptychError('archiveEmpty', { file });
  const db = checkingConnection(file, options);
  try {
    return { ...fullCheck(db), schemaVersion: kind.schemaVersion };
  } finally {
    db.close();
  }
}

/** Refuses `file` unless it is a sound Diptych archive this build can open; leaves it untouched. */
export function verifyArchiveFile(file: string, options: { nativeBinding?: string } = {}): void {
  const result = checkArchiveFile(file, options);
  if (!result.ok) {
    throw new DiptychError('archiveNotSound', { file }, result.problems.slice(0, 5).map((p) => p.detail).join('; '));
  }
}
