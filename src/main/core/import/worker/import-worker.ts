// The import worker: its own thread and its own database connection, so that parsing and
// writing thousands of files never blocks the thread that answers the interface.
import { parentPort, workerData } from 'node:worker_threads';
import { IMPORT_REPORT_LIST_LIMIT } from '../../../../shared/api/import';
import { toApiError } from '../../../../shared/errors';
import { openArchive } from '../../db/open';
import { importPathsLean } from '../../pipeline/import-lean';
import type { FromImportWorker, ImportWorkerData } from './protocol';

const port = parentPort;
if (!port) throw new Error('import-worker must run in a worker thread');
const post = (message: FromImportWorker): void => port.postMessage(message);
const data = workerData as ImportWorkerData;
const cancel = new Int32Array(data.cancel);

let db: ReturnType<typeof openArchive> | undefined;
try {
  db = openArchive(data.dbPath, { nativeBinding: data.nativeBinding });
  let last = 0;
  const report = importPathsLean(db, data.paths, {
    lang: data.lang,
    translationOf: data.translationOf,
    // Only the first entries cross back to the window; counts stay complete, memory flat.
    listLimit: IMPORT_REPORT_LIST_LIMIT,
    isCancelled: () => Atomics.load(cancel, 0) === 1,
    onProgress: (p) => {
      const now = Date.now();
      if (now - last < data.progressMs && p.file !== '') return;
      last = now;
      post({ type: 'progress', progress: p });
    },
  });
  post({ type: 'done', report });
} catch (e) {
  post({ type: 'failed', error: toApiError(e) });
} finally {
  db?.close();
}
