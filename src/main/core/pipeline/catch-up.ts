// The steps the import leaves for later, done in the background: versions queued for
// (re)indexing (a migration, an older analyzer, text changed by hand) and stories queued for
// paragraph alignment. Small transactions, so the archive stays usable meanwhile (a search reads
// the index as it is, a reader aligns its story on first reading); resumable, because both queues
// are in the archive.
import type { Database } from 'better-sqlite3';
import { BackgroundAligner, pendingAlignmentCount, queueStaleAlignments } from '../align/queue';
import { IndexMaintainer, pendingIndexCount, queueStaleIndex } from '../search/index-maintenance';

export interface CatchUpProgress {
  phase: 'index' | 'align';
  done: number;
  total: number;
}

export interface CatchUpOptions {
  onProgress?: (progress: CatchUpProgress) => void;
  /** Polled between transactions: true stops (what was done stays). */
  isCancelled?: () => boolean;
  /** Called between transactions, so that other connections get the archive (the app sleeps a moment). */
  yieldBetween?: () => void;
}

export interface CatchUpResult {
  indexed: number;
  aligned: number;
  cancelled: boolean;
}

/** Versions re-indexed in one transaction, stories aligned in one. */
const INDEX_CHUNK = 200;
const ALIGN_CHUNK = 1;

/** What is waiting, without writing anything. */
export function pendingWork(db: Database): { index: number; align: number } {
  return { index: pendingIndexCount(db), align: pendingAlignmentCount(db) };
}

export function catchUp(db: Database, options: CatchUpOptions = {}): CatchUpResult {
  const stop = (): boolean => options.isCancelled?.() === true;
  const result: CatchUpResult = { indexed: 0, aligned: 0, cancelled: false };
  queueStaleIndex(db);
  queueStaleAlignments(db);
  const maintainer = new IndexMaintainer(db);
  let total = pendingIndexCount(db);
  while (total > 0 && !stop()) {
    const n = maintainer.reindexPending(INDEX_CHUNK);
    if (n === 0) break;
    result.indexed += n;
    options.onProgress?.({ phase: 'index', done: result.indexed, total: Math.max(total, result.indexed) });
    options.yieldBetween?.();
  }
  const aligner = new BackgroundAligner(db);
  total = pendingAlignmentCount(db);
  while (total > 0 && !stop()) {
    const n = aligner.alignPending(ALIGN_CHUNK, stop);
    if (n === 0) break;
    result.aligned += n;
    if (result.aligned % 25 === 0 || result.aligned >= total) options.onProgress?.({ phase: 'align', done: result.aligned, total: Math.max(total, result.aligned) });
    options.yieldBetween?.();
  }
  result.cancelled = stop();
  return result;
}
