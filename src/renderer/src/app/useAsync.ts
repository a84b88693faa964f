// Loading a value from the API with the states a screen needs (loading, error, value).
import { useEffect, useState } from 'react';
import { ApiFailure } from '../api/client';
import type { ApiError } from '../../../shared/errors';

export type AsyncState<T> =
  | { status: 'loading' }
  | { status: 'error'; error: ApiError }
  | { status: 'ready'; value: T };

export function useAsync<T>(load: () => Promise<T>, deps: readonly unknown[]): AsyncState<T> {
  const [state, setState] = useState<AsyncState<T>>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    load().then(
      (value) => live && setState({ status: 'ready', value }),
      (e: unknown) =>
        live &&
        setState({
          status: 'error',
          error: e instanceof ApiFailure ? e.error : { code: 'internal', detail: String(e) },
        }),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return state;
}
