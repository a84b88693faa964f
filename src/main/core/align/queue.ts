// Alignment is never computed while a version is stored: the import pipeline queues the story
// (align_pending, migration 006) and the background aligner works through the queue a story at a
// time, at low priority and resumably (the queue is in the archive). A story read before its turn
// is aligned on first reading (store.ts, ensureAlignment), with the same result.
import type { Database, Statement } from 'better-sqlite3';
import { requeueWhenStale } from '../db/derived-data';
import { ALIGNMENT_ALGORITHM, computeAlignment, orderPair, versionById } from './store';

/** What the import pipeline tells align/: a story got a version; a version's pairs are stale. */
export class AlignmentQueue {
  private readonly add: Statement;
  private readonly forgetPairs: Statement;

  constructor(db: Database) {
    this.add = db.prepare('INSERT OR IGNORE INTO align_pending (story_id) VALUES (?)');
    this.forgetPairs = db.prepare('DELETE FROM alignments WHERE version_a = ? OR version_b = ?');
  }

  /** The story has a new (or moved) version to align with the others. */
  queueStory(storyId: number): void {
    this.add.run(storyId);
  }

  /** Whatever was aligned with this version no longer holds (it moved to another story). */
  forgetAlignments(versionId: number): void {
    this.forgetPairs.run(versionId, versionId);
  }
}

/** Queues every story with two versions or more when the aligner changed since they were aligned. */
export function queueStaleAlignments(db: Database): boolean {
  return requeueWhenStale(
    db,
    'alignment',
    ALIGNMENT_ALGORITHM,
    'INSERT OR IGNORE INTO align_pending (story_id) SELECT story_id FROM versions GROUP BY story_id HAVING COUNT(*) > 1',
  );
}

export function pendingAlignmentCount(db: Database): number {
  return db.prepare('SELECT COUNT(*) FROM align_pending').pluck().get() as number;
}

/** Aligns the queued stories, one transaction each; statements prepared once. */
export class BackgroundAligner {
  private readonly next: Statement;
  private readonly versions: Statement;
  private readonly current: Statement;
  private readonly done: Statement;

  constructor(private readonly db: Database) {
    this.next = db.prepare('SELECT story_id FROM align_pending ORDER BY story_id LIMIT ?').pluck();
    this.versions = db.prepare('SELECT id FROM versions WHERE story_id = ? ORDER BY id').pluck();
    this.current = db.prepare(
      `SELECT 1 FROM alignments a JOIN versions x ON x.id = a.version_a JOIN versions y ON y.id = a.version_b
       WHERE a.version_a = ? AND a.version_b = ? AND a.algorithm = ? AND a.hash_a = x.content_hash AND a.hash_b = y.content_hash`,
    );
    this.done = db.prepare('DELETE FROM align_pending WHERE story_id = ?');
  }

  /** Aligns every pair of the story's versions that has no current alignment. */
  alignStory(storyId: number): void {
    const ids = this.versions.all(storyId) as number[];
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        if (this.current.get(ids[i], ids[j], ALIGNMENT_ALGORITHM)) continue;
        const { a, b } = orderPair(versionById(this.db, ids[i]!), versionById(this.db, ids[j]!));
        computeAlignment(this.db, a, b);
      }
    }
  }

  /** Aligns up to `limit` queued stories; returns how many were taken off the queue. */
  alignPending(limit: number, shouldStop: () => boolean = () => false): number {
    const stories = this.next.all(limit) as number[];
    let n = 0;
    for (const storyId of stories) {
      if (shouldStop()) break;
      this.db.transaction(() => {
        this.alignStory(storyId);
        this.done.run(storyId);
      })();
      n++;
    }
    return n;
  }
}
