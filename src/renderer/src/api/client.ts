// The renderer's only door to the archive: window.diptych, put there by the preload (or by the
// browser-test harness). Calls resolve with the value or throw an ApiFailure to translate.
import type { ApiEventName, ApiEvents, ApiInput, ApiMethod, ApiOutput, DiptychBridge } from '../../../shared/api';
import type { ApiError } from '../../../shared/errors';

declare global {
  interface Window {
    diptych: DiptychBridge;
  }
}

export class ApiFailure extends Error {
  constructor(readonly error: ApiError) {
    super(error.detail ?? error.code);
    this.name = 'ApiFailure';
  }
}

export async function call<M extends ApiMethod>(method: M, input?: ApiInput<M>): Promise<ApiOutput<M>> {
  const invoke = window.diptych[method] as (input?: ApiInput<M>) => ReturnType<DiptychBridge[M]>;
  const result = await invoke(input);
  if (!result.ok) throw new ApiFailure(result.error);
  return result.value as ApiOutput<M>;
}

/** Whatever a call threw, as an API error to translate. */
export function asApiError(e: unknown): ApiError {
  return e instanceof ApiFailure ? e.error : { code: 'internal', detail: String(e) };
}

export function onEvent<E extends ApiEventName>(event: E, listener: (payload: ApiEvents[E]) => void): () => void {
  return window.diptych.on(event, listener);
}

/** Path of a dropped file, from the preload (Electron only knows it). */
export function pathForFile(file: File): string | null {
  return window.diptych.pathForFile(file);
}
