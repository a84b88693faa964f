// Messages between an import worker and the runner that started it.
import type { ApiError } from '../../../../shared/errors';
import type { ImportProgress, ImportReport } from '../../pipeline/report';

export interface ImportWorkerData {
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
  | { type: 'failed'; error: ApiError };
