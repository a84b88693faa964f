// What the API worker does when the window has stopped asking. After a second, search's document
// cache is built again if the archive changed. After a minute the search caches (and SQLite's page
// cache) are dropped, and after a quarter of an hour the document cache too, so an app left open
// in the background for hours holds what it needs to start again, not what the last search left:
// Node and Electron give no memory pressure signal on every platform, so quiet time is the signal.

/** How long without a call before what search keeps and makes again cheaply is let go. */
export const IDLE_RELEASE_MS = 60_000;

/**
 * How long without a call before search's document cache goes too: rebuilding it makes the next
 * search wait some 1.3 s per 100,000 stories, too long to pay after every minute spent reading.
 */
export const IDLE_DOCUMENTS_RELEASE_MS = 15 * 60_000;

/**
 * How long the calls pause before search's document cache is built again for a changed archive:
 * past the gaps between an import's commits and a reader's keystrokes, well before the next query.
 */
export const WARM_AFTER_QUIET_MS = 1_000;

export interface QuietSpell {
  /** A call came in: the quiet spell starts again after it. */
  touch(): void;
  stop(): void;
}

interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const SYSTEM_TIMERS: Timers = {
  setTimeout: (fn, ms) => {
    const handle = setTimeout(fn, ms);
    // A pending spell must not keep a worker or a CLI alive.
    handle.unref?.();
    return handle;
  },
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/** Calls `then` once after each quiet spell of `idleMs` that follows a call. */
export function afterQuietSpell(then: () => void, idleMs = IDLE_RELEASE_MS, timers: Timers = SYSTEM_TIMERS): QuietSpell {
  let pending: unknown = null;
  const cancel = (): void => {
    if (pending !== null) timers.clearTimeout(pending);
    pending = null;
  };
  return {
    touch() {
      cancel();
      pending = timers.setTimeout(() => {
        pending = null;
        then();
      }, idleMs);
    },
    stop: cancel,
  };
}
