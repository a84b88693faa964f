// The renderer's only door to the archive: window.diptych, put there by the preload (or by the
// browser-test harness). Calls resolve with the value or throw an ApiFailure to translate.
import type { ApiEventName, ApiEvents, ApiInput, ApiMethod, ApiOutput, ChooseExportFileInput, ChosenExportFile, DiptychBridge, GrantedFiles } from '../../../shared/api';
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

/** A web address in the system's browser (the caller has asked the reader). */
export async function openExternal(url: string): Promise<void> {
  const result = await window.diptych.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK: the bridge, not Electron's shell; main checks the address
  if (!result.ok) throw new ApiFailure(result.error);
}

/**
 * Tokens for files the reader chose or dropped (or, `folder`, for the folder a folder dialog's
 * files came from): what importPaths takes. The renderer never sees their paths.
 */
export async function grantFiles(files: readonly File[], how: 'files' | 'folder'): Promise<GrantedFiles> {
  const result = await window.diptych.grantFiles(files, how);
  if (!result.ok) throw new ApiFailure(result.error);
  return result.value;
}

/**
 * The save dialog of an export (main's own): a token for the file the reader chose, for
 * exportStories, and its name; token null when they cancelled.
 */
export async function chooseExportFile(input: ChooseExportFileInput): Promise<ChosenExportFile> {
  const result = await window.diptych.chooseExportFile(input);
  if (!result.ok) throw new ApiFailure(result.error);
  return result.value;
}
