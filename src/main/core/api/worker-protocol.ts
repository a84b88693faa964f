// Messages between the API worker (which owns the database connection) and its host (Electron
// main, or a test). The worker validates every call itself, through dispatchApiCall.
import type { ApiEventName, ApiEvents, ApiResult } from '../../../shared/api';
import type { ApiError } from '../../../shared/errors';

export interface ApiWorkerData {
  dbPath: string;
  /** better-sqlite3 addon for this runtime (the Electron build in the app). */
  nativeBinding?: string;
  /** Where the first-run sample stories are; none in tests that want an empty archive. */
  sampleDir?: string;
  /** The operating system's preferred languages, for the first run's interface language. */
  systemLanguages?: string[];
}

export type ToWorker = { type: 'call'; id: number; method: string; input: unknown };

export type FromWorker =
  | { type: 'ready' }
  | { type: 'failed'; error: ApiError }
  | { type: 'result'; id: number; result: ApiResult<unknown> }
  | { [E in ApiEventName]: { type: 'event'; event: E; payload: ApiEvents[E] } }[ApiEventName];
