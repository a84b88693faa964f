// Version 9: the aligner's translation lexicon, one per language pair, learned from the
// archive's confident sentence pairs (align/lexicon-store.ts): how many pairs hold each stem,
// how many hold both stems of a pair, and the group shapes seen. Each stored alignment records
// the lexicon version its sentences were computed with, and the texts it taught the lexicon.
import type { Migration } from '../migrate';

export const migration009: Migration = {
  version: 9,
  name: 'align-lexicon',
  up: `
    CREATE TABLE align_lexicons (
      id            INTEGER PRIMARY KEY,
      -- Primary language subtags, in order: a pair is stored once.
      lang_a        TEXT NOT NULL,
      lang_b        TEXT NOT NULL,
      -- Confident sentence pairs counted so far.
      pairs         INTEGER NOT NULL DEFAULT 0,
      -- Raised when the lexicon has grown enough that stored sentence pairs should be redone.
      version       INTEGER NOT NULL DEFAULT 0,
      version_pairs INTEGER NOT NULL DEFAULT 0,
      -- Expected groups of each shape ("1-0": a sentence with no translation), as JSON.
      shapes        TEXT NOT NULL DEFAULT '{}',
      CHECK (lang_a < lang_b),
      UNIQUE (lang_a, lang_b)
    );

    CREATE TABLE align_lexicon_stems (
      lexicon_id  INTEGER NOT NULL REFERENCES align_lexicons(id) ON DELETE CASCADE,
      side        INTEGER NOT NULL CHECK (side IN (0, 1)),
      stem        TEXT NOT NULL,
      pairs       INTEGER NOT NULL,
      -- The lexicon's pair count when last seen: old singletons are forgotten first.
      seen        INTEGER NOT NULL,
      PRIMARY KEY (lexicon_id, side, stem)
    ) WITHOUT ROWID;

    CREATE TABLE align_lexicon_links (
      lexicon_id  INTEGER NOT NULL REFERENCES align_lexicons(id) ON DELETE CASCADE,
      stem_a      TEXT NOT NULL,
      stem_b      TEXT NOT NULL,
      pairs       INTEGER NOT NULL,
      seen        INTEGER NOT NULL,
      PRIMARY KEY (lexicon_id, stem_a, stem_b)
    ) WITHOUT ROWID;

    ALTER TABLE alignments ADD COLUMN lexicon_version INTEGER NOT NULL DEFAULT 0;
    -- "hash_a:hash_b" of the texts whose sentence pairs were counted into the lexicon.
    ALTER TABLE alignments ADD COLUMN lexicon_fed TEXT;
  `,
};
