// One API read as a screen needs it: loading, the value or a translated error, refetched when the
// input changes and — keeping the value on screen meanwhile — when the archive changes.
import { useEffect, useRef, useState } from 'react';
import type { ApiInput, ApiMethod, ApiOutput } from '../../../shared/api';
import type { ApiError } from '../../../shared/errors';
import { asApiError, call } from '../api/client';
import { useArchiveGeneration } from './archive-changes';

export type ApiState<T> =
  | { status: 'loading' }
  | { status: 'error'; error: ApiError }
  | { status: 'ready'; value: T };

/** `input` null: nothing to load (yet). */
export function useApi<M extends ApiMethod>(method: M, input: ApiInput<M> | null): ApiState<ApiOutput<M>> | null {
  const key = input === null ? null : `${method}\u0000${JSON.stringify(input ?? null)}`;
  const generation = useArchiveGeneration();
  const [held, setHeld] = useState<{ key: string | null; state: ApiState<ApiOutput<M>> } | null>(null);
  const inputRef = useRef(input);
  inputRef.current = input;

  useEffect(() => {
    if (key === null) return;
    let live = true;
    // A new input shows as loading; the same input refetched after a change keeps its value.
    setHeld((prev) => (prev?.key === key ? prev : { key, state: { status: 'loading' } }));
    call(method, inputRef.current ?? undefined).then(
      (value) => live && setHeld({ key, state: { status: 'ready', value } }),
      (e: unknown) => live && setHeld({ key, state: { status: 'error', error: asApiError(e) } }),
    );
    return () => {
      live = false;
    };
  }, [method, key, generation]);

  if (key === null) return null;
  return held?.key === key ? held.state : { status: 'loading' };
}

/** The value when there is one. */
export function valueOf<T>(state: ApiState<T> | null): T | undefined {
  return state?.status === 'ready' ? state.value : undefined;
}
