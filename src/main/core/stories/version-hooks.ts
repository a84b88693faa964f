// What else must happen when a version is stored or changed, inside the same transaction
// (the search index keeps itself current with triggers; alignment is computed here).
import type { Database } from 'better-sqlite3';

export function afterVersionStored(_db: Database, _storyId: number, _versionId: number): void {
  // Filled in by the alignment capability: align the new version with its story's others.
}
