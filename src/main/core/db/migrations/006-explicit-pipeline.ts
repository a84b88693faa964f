// Version 6: storing a version no longer queues or indexes anything behind the import's back.
// The import pipeline indexes each version it stores and bumps search_meta.generation once a
// commit, so the triggers on inserted blocks (a search_pending row per block, deleted a moment
// later) and on inserted versions go. Derived data records the version of the code that made it
// (derived_data), and stories whose versions still need aligning wait in align_pending, for the
// background aligner; an archive from before queues every story with two versions or more (bulk
// imports left their alignment to the first reading).
import type { Migration } from '../migrate';

export const migration006: Migration = {
  version: 6,
  name: 'explicit-pipeline',
  up: `
    DROP TRIGGER search_block_inserted;
    DROP TRIGGER search_version_inserted;

    CREATE TABLE derived_data (
      name     TEXT PRIMARY KEY,
      version  INTEGER NOT NULL
    ) WITHOUT ROWID;
    -- The index and the alignments of archives before this migration: the first versions of each.
    INSERT INTO derived_data (name, version) VALUES ('search', 1), ('alignment', 3);

    CREATE TABLE align_pending (
      story_id  INTEGER PRIMARY KEY REFERENCES stories(id) ON DELETE CASCADE
    );
    INSERT INTO align_pending (story_id)
      SELECT story_id FROM versions GROUP BY story_id HAVING COUNT(*) > 1;
  `,
};
