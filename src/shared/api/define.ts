// Helpers to declare the API contract: each method names a zod schema for its input (validated
// where the call crosses into main), as a type only what it returns, and whether it changes what
// the archive holds (the core then announces `archiveChanged`, and screens refresh).
import type { z } from 'zod';
import type { ApiError } from '../errors';

export interface MethodSpec<I extends z.ZodType, O> {
  input: I;
  /** Phantom: carries the output type, never read at run time. */
  output?: O;
  /** Changes the archive's stories, versions, tags or alignments. */
  writes: boolean;
}

/**
 * `method<Output>()(inputSchema)`: curried so the input type is inferred and the output given.
 * `method<Output>({ writes: true })(…)` for a method that changes the archive.
 */
export function method<O>(options: { writes?: boolean } = {}) {
  return <I extends z.ZodType>(input: I): MethodSpec<I, O> => ({ input, writes: options.writes ?? false });
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };
