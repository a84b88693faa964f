// The boundary: an untrusted (method, input) pair in, a validated call, an ApiResult out.
// The Electron IPC adapter and the browser-test harness both go through here.
import {
  apiContract,
  isApiMethod,
  type ApiHandlers,
  type ApiMethod,
  type ApiOutput,
  type ApiResult,
} from '../../../shared/api';
import { toApiError } from '../../../shared/errors';

export async function dispatchApiCall(
  handlers: ApiHandlers,
  method: unknown,
  rawInput: unknown,
): Promise<ApiResult<unknown>> {
  if (!isApiMethod(method)) {
    return { ok: false, error: { code: 'invalidInput', params: { detail: 'unknown method' } } };
  }
  const parsed = apiContract[method].input.safeParse(rawInput ?? undefined);
  if (!parsed.success) {
    const detail = parsed.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.join('.') || 'input'}: ${i.message}`)
      .join('; ');
    return { ok: false, error: { code: 'invalidInput', params: { detail } } };
  }
  try {
    const handler = handlers[method] as (input: unknown) => unknown;
    const value = (await handler(parsed.data)) as ApiOutput<ApiMethod>;
    return { ok: true, value };
  } catch (e) {
    return { ok: false, error: toApiError(e) };
  }
}
