// Version 10: a story's kind. The first-run guide is a `guide`, so search ranks it below the
// reader's own stories and Settings can remove it in one action; everything else is a `story`.
// Archives seeded before this version have their guide found by the files it was imported from
// (the five shipped in resources/sample when this migration was written, English the original).
import type { Migration } from '../migrate';

const GUIDE_FILES = ['1-welcome', '2-importing', '3-searching', '4-reading', '5-language-and-archive'];

export const migration010: Migration = {
  version: 10,
  name: 'story-kind',
  up: `
    ALTER TABLE stories ADD COLUMN kind TEXT NOT NULL DEFAULT 'story' CHECK (kind IN ('story', 'guide'));
    CREATE INDEX stories_kind ON stories(kind) WHERE kind <> 'story';
    UPDATE stories SET kind = 'guide'
    WHERE EXISTS (SELECT 1 FROM settings WHERE key = 'sample.seeded' AND json_extract(value, '$.outcome') = 'seeded')
      AND id IN (
        SELECT story_id FROM versions
        WHERE is_original = 1 AND source_file IS NOT NULL
          AND (${GUIDE_FILES.map((f) => `replace(source_file, '\\', '/') LIKE '%/sample/${f}.en.txt'`).join(' OR ')})
      );
  `,
};
