// Calls that only the API worker's host makes (Electron main; the browser-test harness in its
// place), never the renderer: the renderer's IPC channels carry the contract's methods only, and
// these names are not among them. Today one: tokens for paths the reader chose.
import { z } from 'zod';
import type { ApiResult } from '../../../shared/api';
import { toApiError } from '../../../shared/errors';
import type { PathGrants } from './path-grants';

export const HOST_GRANT_PATHS = 'host:grantPaths';

const GrantPathsInput = z.object({ paths: z.array(z.string().min(1).max(4096)).min(1).max(10_000) }).strict();

export function isHostCall(method: unknown): boolean {
  return method === HOST_GRANT_PATHS;
}

export function dispatchHostCall(grants: PathGrants, method: string, input: unknown): ApiResult<{ tokens: string[] }> {
  const parsed = GrantPathsInput.safeParse(input);
  if (method !== HOST_GRANT_PATHS || !parsed.success) {
    return { ok: false, error: { code: 'invalidInput', params: { detail: 'host call' } } };
  }
  try {
    return { ok: true, value: { tokens: grants.grant(parsed.data.paths) } };
  } catch (e) {
    return { ok: false, error: toApiError(e) };
  }
}
