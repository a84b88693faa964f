// One export from the window: the save dialog (main's, behind a token), then the export itself,
// its progress as `exportProgress` events, cancel, and how it ended. The renderer holds no path:
// the token goes straight back to exportStories.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExportFileReport, ExportFormat, ExportProgress, ExportStoriesInput } from '../../../shared/api';
import type { ApiError } from '../../../shared/errors';
import { asApiError, call, chooseExportFile, onEvent } from '../api/client';

export type ExportJobState =
  | { phase: 'idle' }
  | { phase: 'choosing' }
  | { phase: 'running'; progress: ExportProgress | null; cancelling: boolean }
  | { phase: 'done'; report: ExportFileReport }
  | { phase: 'cancelled' }
  | { phase: 'failed'; error: ApiError };

export type ExportJobRequest = Omit<ExportStoriesInput, 'token'> & { format: ExportFormat };

export interface ExportJob {
  state: ExportJobState;
  start(request: ExportJobRequest, suggestedName: string): void;
  cancel(): void;
  reset(): void;
}

export function useExportJob(): ExportJob {
  const [state, setState] = useState<ExportJobState>({ phase: 'idle' });
  const busy = useRef(false);

  useEffect(
    () => onEvent('exportProgress', (progress) => setState((s) => (s.phase === 'running' ? { ...s, progress } : s))),
    [],
  );

  const start = useCallback((request: ExportJobRequest, suggestedName: string) => {
    if (busy.current) return;
    busy.current = true;
    setState({ phase: 'choosing' });
    const settle = (next: ExportJobState): void => {
      busy.current = false;
      setState(next);
    };
    void (async () => {
      try {
        const chosen = await chooseExportFile({ suggestedName, format: request.format });
        if (chosen.token === null) return settle({ phase: 'idle' });
        setState({ phase: 'running', progress: null, cancelling: false });
        const report = await call('exportStories', { ...request, token: chosen.token });
        settle({ phase: 'done', report });
      } catch (e) {
        const error = asApiError(e);
        settle(error.code === 'exportCancelled' ? { phase: 'cancelled' } : { phase: 'failed', error });
      }
    })();
  }, []);

  const cancel = useCallback(() => {
    setState((s) => (s.phase === 'running' ? { ...s, cancelling: true } : s));
    void call('cancelExport');
  }, []);

  const reset = useCallback(() => {
    if (!busy.current) setState({ phase: 'idle' });
  }, []);

  return { state, start, cancel, reset };
}
