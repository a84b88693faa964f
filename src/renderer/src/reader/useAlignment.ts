// The alignment of the two versions on screen, and the reader's repairs of it.
import { useCallback, useEffect, useState } from 'react';
import { ApiFailure, call } from '../api/client';
import type { AlignmentRepair, StoryAlignment } from '../../../shared/api/align';
import type { ApiError } from '../../../shared/errors';

export interface AlignmentState {
  alignment: StoryAlignment | null;
  loading: boolean;
  /** The last failure (loading or a repair), until the next success. */
  error: ApiError | null;
  repair(repair: AlignmentRepair): void;
  undo(): void;
  reset(): void;
}

/** The same alignment read the other way round: what a swap shows before the archive answers. */
export function flipAlignment(a: StoryAlignment): StoryAlignment {
  return {
    ...a,
    from: a.to,
    to: a.from,
    pairs: a.pairs.map((p) => ({
      ...p,
      from: p.to,
      to: p.from,
      sentences: p.sentences.map((s) => ({ ...s, from: s.to, to: s.from })),
    })),
  };
}

const asApiError = (e: unknown): ApiError =>
  e instanceof ApiFailure ? e.error : { code: 'internal', detail: String(e) };

export function useAlignment(storyId: number, from: string | undefined, to: string | undefined): AlignmentState {
  const [alignment, setAlignment] = useState<StoryAlignment | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    if (!from || !to || from === to) {
      setAlignment(null);
      return;
    }
    let live = true;
    setLoading(true);
    call('getAlignment', { storyId, from, to }).then(
      (value) => {
        if (!live) return;
        setAlignment(value);
        setError(null);
        setLoading(false);
      },
      (e: unknown) => {
        if (!live) return;
        setError(asApiError(e));
        setLoading(false);
      },
    );
    return () => {
      live = false;
    };
  }, [storyId, from, to]);

  const run = useCallback(
    (p: Promise<StoryAlignment>) =>
      p.then(
        (value) => {
          setAlignment(value);
          setError(null);
        },
        (e: unknown) => setError(asApiError(e)),
      ),
    [],
  );

  // Swapping sides needs no wait: the alignment read the other way round is the same pairs.
  const shown =
    alignment && alignment.from.lang === from && alignment.to.lang === to
      ? alignment
      : alignment && alignment.from.lang === to && alignment.to.lang === from
        ? flipAlignment(alignment)
        : null;
  return {
    alignment: shown,
    loading,
    error,
    repair: (repair) => {
      if (from && to) void run(call('repairAlignment', { storyId, from, to, repair }));
    },
    undo: () => {
      if (from && to) void run(call('undoAlignmentRepair', { storyId, from, to }));
    },
    reset: () => {
      if (from && to) void run(call('resetAlignment', { storyId, from, to }));
    },
  };
}
