// Version 11: story_tags indexed by tag, so `tag:energy` finds its stories by the index instead of
// reading every story's tags (the search's query-plan test asserts no query class scans a big table).
import type { Migration } from '../migrate';

export const migration011: Migration = {
  version: 11,
  name: 'story-tags-by-tag',
  up: `CREATE INDEX story_tags_tag ON story_tags(tag_id);`,
};
