// The host side of the API worker: start it, call methods, receive events.
import { Worker, type WorkerOptions } from 'node:worker_threads';
import type { ApiEventName, ApiEvents, ApiResult } from '../../../shared/api';
import { DiptychError } from '../../../shared/errors';
import type { ApiWorkerData, FromWorker, ToWorker } from './worker-protocol';

export interface ApiWorkerClient {
  call(method: string, input: unknown): Promise<ApiResult<unknown>>;
  onEvent(listener: <E extends ApiEventName>(event: E, payload: ApiEvents[E]) => void): void;
  close(): Promise<void>;
}

/** Starts the worker at `entry` and resolves once the archive is open (or rejects with why not). */
export function startApiWorker(
  entry: URL | string,
  data: ApiWorkerData,
  options: Omit<WorkerOptions, 'workerData'> = {},
): Promise<ApiWorkerClient> {
  const worker = new Worker(entry, { ...options, workerData: data });
  const pending = new Map<number, (result: ApiResult<unknown>) => void>();
  const listeners: Parameters<ApiWorkerClient['onEvent']>[0][] = [];
  let nextId = 1;

  const client: ApiWorkerClient = {
    call(method, input) {
      const id = nextId++;
      return new Promise((resolve) => {
        pending.set(id, resolve);
        worker.postMessage({ type: 'call', id, method, input } satisfies ToWorker);
      });
    },
    onEvent(listener) {
      listeners.push(listener);
    },
    async close() {
      await worker.terminate();
    },
  };

  return new Promise((resolve, reject) => {
    worker.on('message', (message: FromWorker) => {
      switch (message.type) {
        case 'ready':
          resolve(client);
          break;
        case 'failed':
          reject(new DiptychError(message.error.code, message.error.params, message.error.detail));
          void worker.terminate();
          break;
        case 'result':
          pending.get(message.id)?.(message.result);
          pending.delete(message.id);
          break;
        case 'event':
          for (const l of listeners) l(message.event, message.payload as never);
          break;
      }
    });
    worker.on('error', (e) => {
      reject(e);
      for (const [, settle] of pending) settle({ ok: false, error: { code: 'internal', detail: e.message } });
      pending.clear();
    });
  });
}
