// An export's file, written whole or not at all: the text goes to a hidden file beside the target
// and takes the target's name only when the export has finished, so a failure (a full disk, a
// cancel, nothing to export) never leaves half a file, nor replaces the file that was there.
import { closeSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import type { Database } from 'better-sqlite3';
import type { ExportReport, ExportRequestInput } from '../../../shared/api/export';
import { basename, dirname, join } from 'node:path';
import { DiptychError } from '../../../shared/errors';
import { runExport, type ExportControl, type ExportSink } from './export-job';

export interface FileSink extends ExportSink {
  /** The export finished: the file takes its name. */
  commit(): void;
  /** The export failed or was cancelled: the partial file goes. */
  abort(): void;
}

function writeError(file: string, e: unknown): DiptychError {
  const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
  return code === 'ENOSPC' || code === 'EDQUOT'
    ? new DiptychError('diskFullWriting', { file })
    : new DiptychError('cannotWriteFile', { file, reason: code }, (e as Error).message);
}

export function openFileSink(file: string): FileSink {
  // A folder by that name would only be found at the very end, after all the work.
  if (statSync(file, { throwIfNoEntry: false })?.isDirectory()) throw writeError(file, { code: 'EISDIR' });
  const partial = join(dirname(file), `.${basename(file)}.${process.pid}-${Date.now().toString(36)}.part`);
  let fd: number | null;
  try {
    fd = openSync(partial, 'wx');
  } catch (e) {
    throw writeError(file, e);
  }
  const close = (): void => {
    if (fd !== null) closeSync(fd);
    fd = null;
  };
  return {
    write(chunk) {
      const bytes = Buffer.from(chunk, 'utf8');
      try {
        for (let at = 0; at < bytes.length; ) at += writeSync(fd!, bytes, at);
      } catch (e) {
        throw writeError(file, e);
      }
    },
    commit() {
      try {
        close();
        renameSync(partial, file);
      } catch (e) {
        rmSync(partial, { force: true });
        throw writeError(file, e);
      }
    },
    abort() {
      try {
        close();
      } finally {
        rmSync(partial, { force: true });
      }
    },
  };
}

/** Runs the export into `file`: the file appears, complete, when the export succeeds. */
export async function exportToFile(
  db: Database,
  request: ExportRequestInput,
  file: string,
  control: ExportControl = {},
): Promise<ExportReport> {
  const sink = openFileSink(file);
  try {
    const report = await runExport(db, request, sink, control);
    sink.commit();
    return report;
  } catch (e) {
    sink.abort();
    throw e;
  }
}
