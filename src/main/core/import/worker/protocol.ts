// Messages between an import worker and the runner that started it. The same worker also does
// what imports leave for later (pipeline/catch-up.ts), when no import runs.
import type { ApiError } from '../../../../shared/errors';
import type { CatchUpProgress, CatchUpResult } from '../../pipeline/catch-up';
import type { ImportProgress, ImportReport } from '../../pipeline/report';

export interface ImportWorkerData {
  /** An import of `paths`, or the catching up of the index and alignments. */
  task: 'import' | 'catchUp';
  dbPath: string;
  nativeBinding?: string;
  paths: string[];
  lang?: string;
  translationOf?: number;
  /** Int32 flag the runner sets to 1 to cancel; read between files and stories. */
  cancel: SharedArrayBuffer;
  /** Progress is posted at most this often. */
  progressMs: number;
}

export type WorkerProgress = ImportProgress;

export type FromImportWorker =
  | { type: 'progress'; progress: WorkerProgress }
  | { type: 'done'; report: ImportReport }
  | { type: 'catchUpProgress'; progress: CatchUpProgress }
  | { type: 'caughtUp'; result: CatchUpResult }
  | { type: 'failed'; error: ApiError };
