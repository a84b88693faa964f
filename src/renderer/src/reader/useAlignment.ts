// The alignment of the two versions on screen, and the reader's repairs of it. What it returns is
// the same object from render to render until something in it changes (rows and toolbars below
// are memoised on it), and it is fetched again when the archive changes (a version moved).
import { useCallback, useEffect, useMemo, useState } from 'react';
import { asApiError, call } from '../api/client';
import type { AlignmentRepair, StoryAlignment } from '../../../shared/api/align';
import type { ApiError } from '../../../shared/errors';
import { useArchiveGeneration } from '../data/archive-changes';

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

export function useAlignment(storyId: number, from: string | undefined, to: string | undefined): AlignmentState {
  const [alignment, setAlignment] = useState<StoryAlignment | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const generation = useArchiveGeneration();

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
  }, [storyId, from, to, generation]);

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
  const shown = useMemo(
    () =>
      alignment && alignment.from.lang === from && alignment.to.lang === to
        ? alignment
        : alignment && alignment.from.lang === to && alignment.to.lang === from
          ? flipAlignment(alignment)
          : null,
    [alignment, from, to],
  );
  const repair = useCallback(
    (r: AlignmentRepair) => {
      if (from && to) void run(call('repairAlignment', { storyId, from, to, repair: r }));
    },
    [run, storyId, from, to],
  );
  const undo = useCallback(() => {
    if (from && to) void run(call('undoAlignmentRepair', { storyId, from, to }));
  }, [run, storyId, from, to]);
  const reset = useCallback(() => {
    if (from && to) void run(call('resetAlignment', { storyId, from, to }));
  }, [run, storyId, from, to]);
  return useMemo(() => ({ alignment: shown, loading, error, repair, undo, reset }), [shown, loading, error, repair, undo, reset]);
}
