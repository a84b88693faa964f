// Every migration, from every schema version Diptych shipped, on archives holding rows the way that
// version wrote them: the reader's rows come through unchanged, and each later migration does its
// part (the search index built, links made from URLs, marked text queued, the archive stamped).
import BetterSqlite3 from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIPTYCH_APPLICATION_ID } from '../../src/main/core/db/identity';
import { latestSchemaVersion, migrate, schemaVersion } from '../../src/main/core/db/migrate';
import { MIGRATIONS } from '../../src/main/core/db/migrations';
import { closeArchive, openArchive } from '../../src/main/core/db/open';
import { rebuildSearchIndex } from '../../src/main/core/search/index-maintenance';
import { search } from '../../src/main/core/search/search';
import { EXPECTED_SELF_LINKS, buildSchema, primaryRows } from './migration-fixtures';
import { searching } from '../support/searching';

/** The schema versions that shipped in a release, each with rows of its own shape. */
const SHIPPED = [1, 2, 3, 4, 5];

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'diptych-migrations-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(SHIPPED)('from schema %i', (from) => {
  const file = (): string => join(dir, `from-${from}.db`);
  let before: Record<string, unknown[]>;
  let db: BetterSqlite3.Database;
  let pending: number[];

  beforeAll(() => {
    buildSchema(file(), from);
    const old = new BetterSqlite3(file());
    before = primaryRows(old);
    old.close();
    db = openArchive(file(), { create: false });
    // Read before anything searches: today a search re-indexes what waits.
    pending = db.prepare('SELECT version_id FROM search_pending ORDER BY 1').pluck().all() as number[];
  });
  afterAll(() => closeArchive(db));

  it('reaches the newest version, stamped as a Diptych archive', () => {
    expect(schemaVersion(db)).toBe(latestSchemaVersion());
    expect(db.pragma('application_id', { simple: true })).toBe(DIPTYCH_APPLICATION_ID);
  });

  it('keeps every story, version, paragraph, tag, setting, alignment and repair as it was', () => {
    const after = primaryRows(db);
    // Columns later migrations add are left out here (each has its own assertion).
    const asBefore = (rows: unknown[], like: unknown[]): unknown[] => {
      const columns = Object.keys((like[0] ?? {}) as object);
      return rows.map((r) => Object.fromEntries(columns.map((c) => [c, (r as Record<string, unknown>)[c]])));
    };
    for (const [table, rows] of Object.entries(before)) expect(asBefore(after[table] ?? [], rows), table).toEqual(rows);
  });

  it('010 marks every story already there as the reader’s own, not the guide', () => {
    expect(db.prepare('SELECT DISTINCT kind FROM stories').pluck().all()).toEqual(['story']);
  });

  it.runIf(from < 2)('002 queues every stored version, from which the index maintenance builds the index', () => {
    expect(pending).toEqual(db.prepare('SELECT id FROM versions ORDER BY id').pluck().all());
    rebuildSearchIndex(db);
    expect(search(searching(db), 'harbour').stories.map((s) => s.id)).toEqual([1]);
    expect(search(searching(db), 'порт').stories.map((s) => s.id)).toEqual([3]);
  });

  it.runIf(from >= 3)('the alignments and the reader’s own pairs stay', () => {
    expect(db.prepare('SELECT by_reader, texts_hash FROM alignment_groups WHERE alignment_id = 1 ORDER BY position').all()).toEqual([
      { by_reader: 1, texts_hash: 'reader' },
      { by_reader: 0, texts_hash: null },
    ]);
  });

  it.runIf(from < 4)('004 makes each version’s URL its self link, normalized as 004 shipped', () => {
    expect(db.prepare("SELECT version_id, url, lang FROM version_links WHERE rel = 'self' ORDER BY version_id").all()).toEqual(EXPECTED_SELF_LINKS);
  });

  it.runIf(from >= 4)('links stored before stay', () => {
    expect(db.prepare("SELECT url FROM version_links WHERE rel = 'alternate'").pluck().all()).toEqual(['example.com/en/port']);
  });

  it.runIf(from >= 2 && from < 5)('005 queues the version with a soft hyphen for re-indexing, and only it', () => {
    expect(pending).toEqual([2]);
  });
});

describe('each migration on its own', () => {
  it.each(MIGRATIONS.map((m) => [m.version, m.name] as const))('%i (%s) applies to the schema before it, in one step', (version) => {
    const file = join(dir, `step-${version}.db`);
    const previous = Math.max(0, ...MIGRATIONS.filter((m) => m.version < version).map((m) => m.version));
    buildSchema(file, Math.max(1, previous));
    const db = new BetterSqlite3(file);
    expect(migrate(db, MIGRATIONS, version)).toEqual(version === 1 ? [] : [version]);
    expect(schemaVersion(db)).toBe(version);
    db.close();
  });

  it('no migration imports today’s code (analyzers, normalizers): each holds what it uses', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const folder = join(__dirname, '../../src/main/core/db/migrations');
    const imports = readdirSync(folder)
      .filter((f) => /^\d{3}-.*\.ts$/u.test(f))
      .flatMap((f) => [...readFileSync(join(folder, f), 'utf8').matchAll(/from '([^']+)'/gu)].map((m) => `${f}: ${m[1]}`))
      .filter((line) => !line.endsWith(': ../migrate'));
    // 002 is frozen by the search-index work (issue 10); every other migration is self-contained.
    expect(imports.filter((line) => !line.startsWith('002-'))).toEqual([]);
  });
});
