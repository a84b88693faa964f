// Helpers to declare the API contract: each method names a zod schema for its input (validated
// where the call crosses into main) and, as a type only, what it returns.
import type { z } from 'zod';
import type { ApiError } from '../errors';

export interface MethodSpec<I extends z.ZodType, O> {
  input: I;
  /** Phantom: carries the output type, never read at run time. */
  output?: O;
}

/** `method<Output>()(inputSchema)`: curried so the input type is inferred and the output given. */
export function method<O>() {
  return <I extends z.ZodType>(input: I): MethodSpec<I, O> => ({ input });
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };
