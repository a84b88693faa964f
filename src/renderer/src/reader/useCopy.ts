// Text to the clipboard, and for a moment whether it went: what a Copy button says after a click.
import { useCallback, useEffect, useRef, useState } from 'react';

export type CopyState = 'idle' | 'done' | 'failed';

export function useCopy(): [(text: string) => void, CopyState] {
  const [state, setState] = useState<CopyState>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const copy = useCallback((text: string) => {
    const settle = (next: CopyState): void => {
      setState(next);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => setState('idle'), 2500);
    };
    navigator.clipboard.writeText(text).then(
      () => settle('done'),
      () => settle('failed'),
    );
  }, []);
  return [copy, state];
}
