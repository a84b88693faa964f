// Version 3: stored alignments between two versions of a story, their groups (which blocks of
// one version go with which of the other, with a confidence and whether the reader set it by
// hand) and the history of the reader's repairs, for undo.
import type { Migration } from '../migrate';

export const migration003: Migration = {
  version: 3,
  name: 'alignments',
  up: `
    CREATE TABLE alignments (
      id           INTEGER PRIMARY KEY,
      story_id     INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
      -- The pair is stored once, the lower version id first; readers may view it either way.
      version_a    INTEGER NOT NULL REFERENCES versions(id) ON DELETE CASCADE,
      version_b    INTEGER NOT NULL REFERENCES versions(id) ON DELETE CASCADE,
      -- The content the alignment was computed from: a changed version is realigned.
      hash_a       TEXT NOT NULL,
      hash_b       TEXT NOT NULL,
      algorithm    INTEGER NOT NULL,
      computed_at  TEXT NOT NULL,
      CHECK (version_a < version_b),
      UNIQUE (version_a, version_b)
    );
    CREATE INDEX alignments_story ON alignments(story_id);
    CREATE INDEX alignments_version_b ON alignments(version_b);

    CREATE TABLE alignment_groups (
      alignment_id  INTEGER NOT NULL REFERENCES alignments(id) ON DELETE CASCADE,
      position      INTEGER NOT NULL,
      -- Block positions [a_start, a_end) and [b_start, b_end); an empty side keeps its place.
      a_start       INTEGER NOT NULL,
      a_end         INTEGER NOT NULL,
      b_start       INTEGER NOT NULL,
      b_end         INTEGER NOT NULL,
      confidence    REAL NOT NULL,
      by_reader     INTEGER NOT NULL DEFAULT 0 CHECK (by_reader IN (0, 1)),
      -- For the reader's groups: a hash of the texts they pair, so an edit releases them.
      texts_hash    TEXT,
      -- Sentence groups as JSON, filled in when first read.
      sentences     TEXT,
      PRIMARY KEY (alignment_id, position),
      CHECK (a_end >= a_start AND b_end >= b_start AND (a_end > a_start OR b_end > b_start))
    ) WITHOUT ROWID;

    CREATE TABLE alignment_repairs (
      id            INTEGER PRIMARY KEY,
      alignment_id  INTEGER NOT NULL REFERENCES alignments(id) ON DELETE CASCADE,
      -- The repair as the reader asked for it, and the groups before it (JSON), for undo.
      operation     TEXT NOT NULL,
      before        TEXT NOT NULL,
      created_at    TEXT NOT NULL
    );
    CREATE INDEX alignment_repairs_alignment ON alignment_repairs(alignment_id, id);
  `,
};
