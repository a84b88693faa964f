// Putting versions where they belong by hand: detach one into a story of its own, or move one
// into another story. Plain SQL: the caller (pipeline/move.ts) re-indexes the version and asks
// align/ to forget and requeue its pairs, in the same transaction.
import type { Database } from 'better-sqlite3';
import { DiptychError } from '../../../shared/errors';
import { createStory, StoryStatements, storyExists } from './repository';

interface VersionRow {
  id: number;
  story_id: number;
  lang: string;
  is_original: number;
}

/** Where a version went: the pipeline re-indexes it there and realigns its story. */
export interface MovedVersion {
  versionId: number;
  storyId: number;
  fromStoryId: number;
}

function versionRow(db: Database, versionId: number): VersionRow {
  const row = db.prepare('SELECT id, story_id, lang, is_original FROM versions WHERE id = ?').get(versionId) as VersionRow | undefined;
  if (!row) throw new DiptychError('notFound', { id: versionId });
  return row;
}

/** After a version left `storyId`: the story keeps one original, or goes if it is now empty. */
export function tidyStoryLeft(db: Database, storyId: number): void {
  const left = db.prepare('SELECT id, is_original FROM versions WHERE story_id = ? ORDER BY id').all(storyId) as { id: number; is_original: number }[];
  if (left.length === 0) {
    db.prepare('DELETE FROM stories WHERE id = ?').run(storyId);
    return;
  }
  if (!left.some((v) => v.is_original === 1)) db.prepare('UPDATE versions SET is_original = 1 WHERE id = ?').run(left[0]!.id);
  db.prepare('UPDATE stories SET updated_at = ? WHERE id = ?').run(new Date().toISOString(), storyId);
}

function relocate(db: Database, v: VersionRow, storyId: number, original: boolean): MovedVersion {
  db.prepare('UPDATE versions SET story_id = ?, is_original = ? WHERE id = ?').run(storyId, original ? 1 : 0, v.id);
  db.prepare('UPDATE stories SET updated_at = ? WHERE id = ?').run(new Date().toISOString(), storyId);
  tidyStoryLeft(db, v.story_id);
  return { versionId: v.id, storyId, fromStoryId: v.story_id };
}

/** Takes a version out of its story into a new story of its own (with the old story's tags). Call in a transaction. */
export function detachVersion(db: Database, versionId: number): MovedVersion {
  const v = versionRow(db, versionId);
  const count = (db.prepare('SELECT COUNT(*) AS n FROM versions WHERE story_id = ?').get(v.story_id) as { n: number }).n;
  if (count <= 1) throw new DiptychError('lastVersion');
  const storyId = createStory(new StoryStatements(db), null);
  db.prepare('INSERT INTO story_tags (story_id, tag_id) SELECT ?, tag_id FROM story_tags WHERE story_id = ?').run(storyId, v.story_id);
  return relocate(db, v, storyId, true);
}

/** Moves a version into `storyId`, which must not already have a version in its language. Call in a transaction. */
export function moveVersion(db: Database, versionId: number, storyId: number): MovedVersion | null {
  const v = versionRow(db, versionId);
  if (!storyExists(db, storyId)) throw new DiptychError('notFound', { id: storyId });
  if (v.story_id === storyId) return null;
  if (db.prepare('SELECT 1 FROM versions WHERE story_id = ? AND lang = ?').get(storyId, v.lang)) {
    throw new DiptychError('duplicateLanguage', { lang: v.lang, story: storyId });
  }
  const targetHasOriginal = db.prepare('SELECT 1 FROM versions WHERE story_id = ? AND is_original = 1').get(storyId) !== undefined;
  db.prepare('INSERT OR IGNORE INTO story_tags (story_id, tag_id) SELECT ?, tag_id FROM story_tags WHERE story_id = ?').run(storyId, v.story_id);
  return relocate(db, v, storyId, v.is_original === 1 && !targetHasOriginal);
}
