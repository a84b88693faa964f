// A stand-in for the API worker that can be made to stop: `crash` ends the thread, `hang` never
// answers, anything else answers with the worker's number. Tests the host side's handling of exits.
import { parentPort, workerData } from 'node:worker_threads';

parentPort.on('message', (message) => {
  if (message.method === 'crash') process.exit(3);
  if (message.method === 'hang') return;
  parentPort.postMessage({ type: 'result', id: message.id, result: { ok: true, value: { worker: workerData.n } } });
});
parentPort.postMessage(workerData.fail ? { type: 'failed', error: { code: 'databaseCorrupt' } } : { type: 'ready' });
