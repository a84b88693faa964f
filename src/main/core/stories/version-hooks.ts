// What else must happen when a version is stored or changed, inside the same transaction
// (the search index keeps itself current with triggers; alignment is computed here).
import type { Database } from 'better-sqlite3';
import { alignVersionWithStory } from '../align/store';
import { indexVersion } from '../search/index-store';

export function afterVersionStored(db: Database, storyId: number, versionId: number): void {
  indexVersion(db, versionId);
  alignVersionWithStory(db, storyId, versionId);
}
