// The API worker: opens the archive on its own thread, so that no query or import ever blocks
// the Electron main process (and with it every window and menu).
import { parentPort, workerData } from 'node:worker_threads';
import { toApiError } from '../../../shared/errors';
import { openArchive } from '../db/open';
import { seedSampleStories } from '../sample/seed-samples';
import { dispatchApiCall } from './dispatch';
import { createApiHandlers } from './handlers';
import type { ApiWorkerData, FromWorker, ToWorker } from './worker-protocol';

const port = parentPort;
if (!port) throw new Error('api-worker must run in a worker thread');
const post = (message: FromWorker): void => port.postMessage(message);
const data = workerData as ApiWorkerData;

try {
  const db = openArchive(data.dbPath, { nativeBinding: data.nativeBinding });
  if (data.sampleDir) seedSampleStories(db, data.sampleDir);
  const handlers = createApiHandlers({
    db,
    dbPath: data.dbPath,
    nativeBinding: data.nativeBinding,
    systemLanguages: data.systemLanguages ?? [],
    backgroundWork: true,
    emit: (event, payload) => post({ type: 'event', event, payload } as FromWorker),
  });
  port.on('message', (message: ToWorker) => {
    if (message?.type !== 'call') return;
    void dispatchApiCall(handlers, message.method, message.input).then((result) =>
      post({ type: 'result', id: message.id, result }),
    );
  });
  port.once('close', () => db.close());
  post({ type: 'ready' });
} catch (e) {
  post({ type: 'failed', error: toApiError(e) });
}
