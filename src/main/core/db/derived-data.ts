// Derived data (the search index, alignments) records which version of the code that derives it
// last brought it up to date (migration 006). A newer Diptych whose analyzer or aligner changed
// sees an older number, queues the work, and rebuilds in the background.
import type { Database } from 'better-sqlite3';

export type DerivedData = 'search' | 'alignment';

export function derivedVersion(db: Database, name: DerivedData): number {
  const v = db.prepare('SELECT version FROM derived_data WHERE name = ?').pluck().get(name) as number | undefined;
  return v ?? 0;
}

export function setDerivedVersion(db: Database, name: DerivedData, version: number): void {
  db.prepare('INSERT INTO derived_data (name, version) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET version = excluded.version').run(
    name,
    version,
  );
}

/**
 * When the archive's `name` data was made by a version of the code older than `version`: runs
 * `queueAll` (SQL that queues every row for the work to be done again) and records `version`,
 * together. True when it did.
 */
export function requeueWhenStale(db: Database, name: DerivedData, version: number, queueAll: string): boolean {
  if (derivedVersion(db, name) >= version) return false;
  db.transaction(() => {
    db.exec(queueAll);
    setDerivedVersion(db, name, version);
  })();
  return true;
}
