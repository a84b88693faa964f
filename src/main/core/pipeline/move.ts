// Moving a version by hand (detach it into a story of its own, or into another story) is a store
// like an import's: the rows move (stories/move-version.ts), the version is indexed again under
// its new story, what it was aligned with is forgotten and its new story queued for alignment —
// each step called here, in one transaction.
import type { Database } from 'better-sqlite3';
import { AlignmentQueue } from '../align/queue';
import { IndexMaintainer } from '../search/index-maintenance';
import { detachVersion, moveVersion, type MovedVersion } from '../stories/move-version';

function afterMove(db: Database, moved: MovedVersion): void {
  new IndexMaintainer(db).reindex(moved.versionId);
  const alignments = new AlignmentQueue(db);
  alignments.forgetAlignments(moved.versionId);
  alignments.queueStory(moved.storyId);
}

/** Takes a version out of its story into a new story of its own. */
export function detachVersionFromStory(db: Database, versionId: number): { storyId: number } {
  return db.transaction(() => {
    const moved = detachVersion(db, versionId);
    afterMove(db, moved);
    return { storyId: moved.storyId };
  })();
}

/** Moves a version into `storyId`, which must not already have a version in its language. */
export function moveVersionToStory(db: Database, versionId: number, storyId: number): { storyId: number } {
  return db.transaction(() => {
    const moved = moveVersion(db, versionId, storyId);
    if (moved) afterMove(db, moved);
    return { storyId };
  })();
}
