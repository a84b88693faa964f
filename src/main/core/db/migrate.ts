// Schema migrations, recorded in PRAGMA user_version. Each runs in its own transaction; a
// database written by a newer Diptych is refused untouched.
import type { Database } from 'better-sqlite3';
import { DiptychError } from '../../../shared/errors';
import { MIGRATIONS } from './migrations';

export interface Migration {
  version: number;
  name: string;
  /** SQL to run, or a function for migrations that need to transform data. */
  up: string | ((db: Database) => void);
}

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function latestSchemaVersion(migrations: readonly Migration[] = MIGRATIONS): number {
  return migrations.reduce((max, m) => Math.max(max, m.version), 0);
}

/**
 * Brings the database up to `target` (default: the newest this build knows).
 * Returns the versions applied.
 */
export function migrate(
  db: Database,
  migrations: readonly Migration[] = MIGRATIONS,
  target = latestSchemaVersion(migrations),
): number[] {
  const current = schemaVersion(db);
  const latest = latestSchemaVersion(migrations);
  if (current > latest) {
    throw new DiptychError('databaseTooNew', { found: current, supported: latest });
  }
  const applied: number[] = [];
  const pending = [...migrations]
    .filter((m) => m.version > current && m.version <= target)
    .sort((a, b) => a.version - b.version);
  for (const m of pending) {
    db.transaction(() => {
      if (typeof m.up === 'string') db.exec(m.up);
      else m.up(db);
      // PRAGMA cannot take a bound parameter; the version is an integer from our own list.
      db.pragma(`user_version = ${Math.trunc(m.version)}`);
    })();
    applied.push(m.version);
  }
  return applied;
}
