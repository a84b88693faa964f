// Calls that only the API worker's host makes (Electron main; the browser-test harness in its
// place), never the renderer: the renderer's IPC channels carry the contract's methods only, and
// these names are not among them. Tokens for paths the reader chose: files to read (a file dialog,
// a drop) and the one file to write an export to (the save dialog). The two are kept apart, so a
// file chosen for reading can never be written over.
import { z } from 'zod';
import type { ApiResult } from '../../../shared/api';
import { toApiError } from '../../../shared/errors';
import type { PathGrants } from './path-grants';

export const HOST_GRANT_PATHS = 'host:grantPaths';
export const HOST_GRANT_SAVE_PATH = 'host:grantSavePath';

/** Tokens for reading (importPaths) and for writing an export (exportStories). */
export interface HostGrants {
  read: PathGrants;
  save: PathGrants;
}

const GrantPathsInput = z.object({ paths: z.array(z.string().min(1).max(4096)).min(1).max(10_000) }).strict();
const GrantSavePathInput = z.object({ path: z.string().min(1).max(4096) }).strict();

export function isHostCall(method: unknown): boolean {
  return method === HOST_GRANT_PATHS || method === HOST_GRANT_SAVE_PATH;
}

const refused: ApiResult<never> = { ok: false, error: { code: 'invalidInput', params: { detail: 'host call' } } };

function granted<T>(issue: () => T): ApiResult<T> {
  try {
    return { ok: true, value: issue() };
  } catch (e) {
    return { ok: false, error: toApiError(e) };
  }
}

export function dispatchHostCall(grants: HostGrants, method: string, input: unknown): ApiResult<{ tokens: string[] } | { token: string }> {
  if (method === HOST_GRANT_PATHS) {
    const parsed = GrantPathsInput.safeParse(input);
    return parsed.success ? granted(() => ({ tokens: grants.read.grant(parsed.data.paths) })) : refused;
  }
  if (method === HOST_GRANT_SAVE_PATH) {
    const parsed = GrantSavePathInput.safeParse(input);
    return parsed.success ? granted(() => ({ token: grants.save.grant([parsed.data.path])[0]! })) : refused;
  }
  return refused;
}
