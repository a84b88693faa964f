// The host side of the API worker: start it, call methods, receive events — and survive it
// stopping. A worker that exits answers every call still waiting with `workerStopped` (never a
// promise left hanging, which would freeze the window); the supervisor restarts it once, and
// should that fail too, every later call answers `archiveUnavailable` at once.
import { Worker, type WorkerOptions } from 'node:worker_threads';
import type { ApiEventName, ApiEvents, ApiResult } from '../../../shared/api';
import { DiptychError, type ErrorCode } from '../../../shared/errors';
import { WORKER_HEAP_LIMITS } from '../worker-entries';
import type { ApiWorkerData, FromWorker, ToWorker } from './worker-protocol';

type EventListener = <E extends ApiEventName>(event: E, payload: ApiEvents[E]) => void;

export interface ApiWorkerClient {
  call(method: string, input: unknown): Promise<ApiResult<unknown>>;
  onEvent(listener: EventListener): void;
  /** Called once if the worker stops without being closed (a crash, an out-of-memory kill). */
  onExit(listener: (code: number) => void): void;
  close(): Promise<void>;
}

const failure = (code: ErrorCode, detail?: string): ApiResult<never> => ({
  ok: false,
  error: detail === undefined ? { code } : { code, detail },
});

/** Starts the worker at `entry` and resolves once the archive is open (or rejects with why not). */
export function startApiWorker(
  entry: URL | string,
  data: ApiWorkerData,
  options: Omit<WorkerOptions, 'workerData'> = {},
): Promise<ApiWorkerClient> {
  const worker = new Worker(entry, { resourceLimits: WORKER_HEAP_LIMITS['api-worker'], ...options, workerData: data });
  const pending = new Map<number, (result: ApiResult<unknown>) => void>();
  const listeners: EventListener[] = [];
  const exitListeners: ((code: number) => void)[] = [];
  let nextId = 1;
  let stopped: string | null = null;
  let closing = false;

  const settleAll = (result: ApiResult<unknown>): void => {
    for (const settle of pending.values()) settle(result);
    pending.clear();
  };

  const client: ApiWorkerClient = {
    call(method, input) {
      if (stopped !== null) return Promise.resolve(failure('workerStopped', stopped));
      const id = nextId++;
      return new Promise((resolve) => {
        pending.set(id, resolve);
        worker.postMessage({ type: 'call', id, method, input } satisfies ToWorker);
      });
    },
    onEvent(listener) {
      listeners.push(listener);
    },
    onExit(listener) {
      exitListeners.push(listener);
    },
    async close() {
      closing = true;
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
          closing = true;
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
      stopped = e.message;
      reject(e);
      settleAll(failure('workerStopped', e.message));
    });
    worker.on('exit', (code) => {
      stopped ??= `exit code ${code}`;
      // Before `ready` this rejects the start; after it, it does nothing (a promise settles once).
      reject(new DiptychError('workerStopped', {}, stopped));
      settleAll(failure('workerStopped', stopped));
      if (!closing) for (const l of exitListeners) l(code);
    });
  });
}

export interface SupervisedApi extends Omit<ApiWorkerClient, 'onExit'> {
  /** Whether calls can be served (false once the restart failed or the worker stopped again). */
  readonly available: boolean;
}

/**
 * Keeps an API worker running: started by `start`, restarted once if it stops on its own. If the
 * restart fails, or the worker stops a second time, `onUnavailable` is told (the window says so)
 * and calls answer `archiveUnavailable` without waiting.
 */
export async function superviseApiWorker(
  start: () => Promise<ApiWorkerClient>,
  onUnavailable: (detail: string) => void,
): Promise<SupervisedApi> {
  const listeners: EventListener[] = [];
  let current: ApiWorkerClient | null = null;
  let restarting: Promise<void> | null = null;
  let restarts = 0;
  let unavailable: string | null = null;

  const giveUp = (detail: string): void => {
    if (unavailable !== null) return;
    unavailable = detail;
    current = null;
    onUnavailable(detail);
  };

  const adopt = (client: ApiWorkerClient): void => {
    current = client;
    client.onEvent((event, payload) => {
      for (const l of listeners) l(event, payload);
    });
    client.onExit((code) => {
      current = null;
      if (restarts >= 1) {
        giveUp(`exit code ${code}`);
        return;
      }
      restarts++;
      restarting = start().then(adopt, (e: unknown) => giveUp(e instanceof Error ? e.message : String(e)));
      void restarting.finally(() => (restarting = null));
    });
  };

  adopt(await start());

  return {
    get available() {
      return unavailable === null;
    },
    async call(method, input) {
      if (restarting) await restarting;
      if (unavailable !== null || !current) return failure('archiveUnavailable', unavailable ?? undefined);
      return current.call(method, input);
    },
    onEvent(listener) {
      listeners.push(listener);
    },
    async close() {
      unavailable ??= 'closed';
      await current?.close();
      current = null;
    },
  };
}
