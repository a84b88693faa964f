// The import worker: its own thread and its own database connection, so that parsing and
// writing thousands of files never blocks the thread that answers the interface. When no import
// runs, it also catches up what imports leave for later (the search index's queue, alignments).
import { parentPort, workerData } from 'node:worker_threads';
import { IMPORT_REPORT_LIST_LIMIT } from '../../../../shared/api/import';
import { toApiError } from '../../../../shared/errors';
import { openArchive } from '../../db/open';
import { catchUp } from '../../pipeline/catch-up';
import { importPathsLean } from '../../pipeline/import-lean';
import type { FromImportWorker, ImportWorkerData } from './protocol';

const port = parentPort;
if (!port) throw new Error('import-worker must run in a worker thread');
const post = (message: FromImportWorker): void => port.postMessage(message);
const data = workerData as ImportWorkerData;
const cancel = new Int32Array(data.cancel);
const cancelled = (): boolean => Atomics.load(cancel, 0) === 1;

/** Between two of its transactions the catching up rests, so the app's own writes never wait long. */
const REST_MS = 20;

function throttle<T>(send: (value: T) => void, always: (value: T) => boolean): (value: T) => void {
  let last = 0;
  return (value) => {
    const now = Date.now();
    if (now - last < data.progressMs && !always(value)) return;
    last = now;
    send(value);
  };
}

/** The import's outcome, told only once its connection is closed (see below). */
function work(): FromImportWorker {
  let db: ReturnType<typeof openArchive> | undefined;
  try {
    db = openArchive(data.dbPath, { nativeBinding: data.nativeBinding });
    if (data.task === 'catchUp') {
      const result = catchUp(db, {
        isCancelled: cancelled,
        onProgress: throttle((progress) => post({ type: 'catchUpProgress', progress }), (p) => p.done >= p.total),
        // Sleeps, and wakes at once when cancelled (an import is about to start).
        yieldBetween: () => void Atomics.wait(cancel, 0, 0, REST_MS),
      });
      return { type: 'caughtUp', result };
    }
    const report = importPathsLean(db, data.paths, {
      lang: data.lang,
      translationOf: data.translationOf,
      // Only the first entries cross back to the window; counts stay complete, memory flat.
      listLimit: IMPORT_REPORT_LIST_LIMIT,
      isCancelled: cancelled,
      onProgress: throttle((progress) => post({ type: 'progress', progress }), (p) => p.file === ''),
    });
    return { type: 'done', report };
  } catch (e) {
    return { type: 'failed', error: toApiError(e) };
  } finally {
    db?.close();
  }
}

// Closing folds the write-ahead log into the archive while holding it locked: told "done" before
// that, whoever opens the archive next (the catch-up worker the runner starts at once, a check)
// could meet the lock and fail with "database is locked".
post(work());
