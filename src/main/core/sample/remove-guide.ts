// Removing the first-run guide: its stories go, never what the reader added to them. A version
// imported into a guide story (the import's story picker offers any story) or moved there was
// imported after the guide was seeded; such a story stays, the reader's own now, with only the
// reader's versions. An archive that never recorded when its guide came loses the guide whole.
import type { Database } from 'better-sqlite3';
import { tidyStoryLeft } from '../stories/move-version';
import { deleteStory } from '../stories/repository';
import { SAMPLE_SEEDED_KEY } from './seed-samples';

/** What Remove the guide did: stories deleted, and stories kept for the versions the reader added. */
export interface GuideRemoval {
  stories: number;
  kept: number;
}

/** When the guide came, as seeding recorded it: a version imported later, or stored after the
 *  guide's last (two imports in one millisecond), is the reader's. */
interface Seeded {
  at: string;
  lastVersion: number;
}

function seededMark(db: Database): Seeded | null {
  const row = db
    .prepare("SELECT json_extract(value, '$.at') AS at, json_extract(value, '$.lastVersion') AS lastVersion FROM settings WHERE key = ?")
    .get(SAMPLE_SEEDED_KEY) as { at: string | null; lastVersion: number | null } | undefined;
  return row?.at ? { at: row.at, lastVersion: row.lastVersion ?? Number.MAX_SAFE_INTEGER } : null;
}

/** A version the guide brought: imported by the time it was seeded, and no later than its last. */
const GUIDE_VERSION = 'imported_at <= ? AND id <= ?';

export function removeGuide(db: Database): GuideRemoval {
  return db.transaction((): GuideRemoval => {
    const seeded = seededMark(db);
    const ids = db.prepare("SELECT id FROM stories WHERE kind = 'guide'").pluck().all() as number[];
    const readersVersions = db.prepare(`SELECT COUNT(*) FROM versions WHERE story_id = ? AND NOT (${GUIDE_VERSION})`).pluck();
    let kept = 0;
    for (const id of ids) {
      if (!seeded || (readersVersions.get(id, seeded.at, seeded.lastVersion) as number) === 0) deleteStory(db, id);
      else {
        keepReadersVersions(db, id, seeded);
        kept++;
      }
    }
    return { stories: ids.length - kept, kept };
  })();
}

/** Deletes the guide's versions of a story (their index entries and alignments go with them by
 *  trigger and cascade) and makes it an ordinary story with an original. */
function keepReadersVersions(db: Database, storyId: number, seeded: Seeded): void {
  db.prepare(`DELETE FROM versions WHERE story_id = ? AND ${GUIDE_VERSION}`).run(storyId, seeded.at, seeded.lastVersion);
  db.prepare("UPDATE stories SET kind = 'story' WHERE id = ?").run(storyId);
  tidyStoryLeft(db, storyId);
}
