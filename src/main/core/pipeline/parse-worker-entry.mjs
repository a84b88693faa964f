// Runs the TypeScript parse worker from sources (tests, the CLI and benchmarks in a development
// checkout): registers tsx in this thread, then loads the worker. A build runs parse-worker.js.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

try {
  register();
  await import(new URL('./parse-worker.ts', import.meta.url).href);
} catch (e) {
  workerData.port.postMessage({ ready: false, detail: String(e) });
  const signal = new Int32Array(workerData.signal);
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
}
