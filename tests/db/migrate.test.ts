import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIPTYCH_APPLICATION_ID } from '../../src/main/core/db/identity';
import { openArchive } from '../../src/main/core/db/open';
import { latestSchemaVersion, migrate, schemaVersion, type Migration } from '../../src/main/core/db/migrate';
import { DiptychError } from '../../src/shared/errors';

describe('opening and migrating the archive', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'diptych-db-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('creates a new archive at the newest schema with WAL, foreign keys and a busy timeout', () => {
    const db = openArchive(join(dir, 'nested', 'archive.db'));
    expect(schemaVersion(db)).toBe(latestSchemaVersion());
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(15000);
    db.close();
  });

  it('refuses a database written by a newer Diptych and leaves it untouched', () => {
    const file = join(dir, 'future.db');
    const raw = new BetterSqlite3(file);
    raw.exec('CREATE TABLE future_things (x)');
    raw.pragma(`application_id = ${DIPTYCH_APPLICATION_ID}`);
    raw.pragma(`user_version = ${latestSchemaVersion() + 5}`);
    raw.close();
    let error: unknown;
    try {
      openArchive(file);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DiptychError);
    expect((error as DiptychError).code).toBe('databaseTooNew');
    const after = new BetterSqlite3(file, { readonly: true });
    expect(after.pragma('user_version', { simple: true })).toBe(latestSchemaVersion() + 5);
    expect(after.pragma('journal_mode', { simple: true })).toBe('delete');
    after.close();
  });

  it('says a file that is not a database is none, rather than crashing', () => {
    const file = join(dir, 'junk.db');
    writeFileSync(file, 'this is not sqlite at all, just some text '.repeat(200));
    expect(() => openArchive(file)).toThrowError(expect.objectContaining({ code: 'notADatabase' }));
  });

  it('runs each migration in a transaction: a failing one leaves the previous version intact', () => {
    const db = new BetterSqlite3(':memory:');
    const migrations: Migration[] = [
      { version: 1, name: 'one', up: 'CREATE TABLE a (x)' },
      { version: 2, name: 'two', up: 'CREATE TABLE b (x); INSERT INTO nowhere VALUES (1)' },
    ];
    expect(() => migrate(db, migrations)).toThrow();
    expect(schemaVersion(db)).toBe(1);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type='table'").all();
    expect(tables).toEqual([{ name: 'a' }]);
  });

  it('migrates step by step, skipping what is applied', () => {
    const db = new BetterSqlite3(':memory:');
    const migrations: Migration[] = [
      { version: 1, name: 'one', up: 'CREATE TABLE a (x)' },
      { version: 2, name: 'two', up: (d) => d.exec('CREATE TABLE b (x)') },
    ];
    expect(migrate(db, migrations, 1)).toEqual([1]);
    expect(migrate(db, migrations)).toEqual([2]);
    expect(migrate(db, migrations)).toEqual([]);
  });
});
