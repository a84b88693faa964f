// The archive knows its own files: what is not a sound Diptych archive is refused with its own
// reason, and left byte for byte as it was, with no -wal or -shm beside it.
import BetterSqlite3 from 'better-sqlite3';
import { mkdtempSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { quickCheck } from '../../src/main/core/db/check';
import { DIPTYCH_APPLICATION_ID, LAST_UNSTAMPED_SCHEMA_VERSION, classifyOpened } from '../../src/main/core/db/identity';
import { latestSchemaVersion } from '../../src/main/core/db/migrate';
import { migration008 } from '../../src/main/core/db/migrations/008-archive-identity';
import { closeArchive, openArchive } from '../../src/main/core/db/open';
import { isTruncated, parseSqliteHeader } from '../../src/main/core/db/sqlite-header';
import { DiptychError, toApiError } from '../../src/shared/errors';
import { archiveWithStories, overwritePages, pagesOf, sha256, sideFiles } from '../support/archive-files';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'diptych-identity-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    return e instanceof DiptychError ? e.code : `not a DiptychError: ${String(e)}`;
  }
  return 'opened';
}

/** Opens `file` as a reading command would, and says how it was refused; the file must not change. */
function refusal(file: string, options: Parameters<typeof openArchive>[1] = { create: false }): string {
  const before = sha256(file);
  const code = codeOf(() => closeArchive(openArchive(file, options)));
  expect(sha256(file), 'the file is byte-identical').toBe(before);
  expect(sideFiles(file), 'nothing left beside it').toEqual([]);
  return code;
}

function invoiceDatabase(file: string, pragmas: string[] = []): void {
  const db = new BetterSqlite3(file);
  for (const p of pragmas) db.pragma(p);
  db.exec("CREATE TABLE invoices (id INTEGER PRIMARY KEY, customer TEXT, total REAL); INSERT INTO invoices VALUES (1, 'Acme', 99.5)");
  db.close();
}

describe('refusing what is not an archive', () => {
  it('another program’s SQLite database', () => {
    const file = join(dir, 'invoices.db');
    invoiceDatabase(file);
    expect(refusal(file)).toBe('notAnArchive');
    // Not even import may write into it.
    expect(refusal(file, { create: true })).toBe('notAnArchive');
  });

  it('another program’s database that uses user_version like Diptych, in WAL mode', () => {
    const file = join(dir, 'invoices.db');
    invoiceDatabase(file, ['journal_mode = WAL', 'user_version = 3']);
    expect(refusal(file, { create: true })).toBe('notAnArchive');
  });

  it('another program’s database with its own application_id', () => {
    const file = join(dir, 'geo.gpkg');
    invoiceDatabase(file, ['application_id = 1196444487', 'user_version = 2']);
    expect(refusal(file, { create: true })).toBe('notAnArchive');
  });

  it('a database with a table named like one of Diptych’s, but not Diptych’s tables', () => {
    const file = join(dir, 'blog.db');
    const db = new BetterSqlite3(file);
    db.exec('CREATE TABLE stories (id INTEGER PRIMARY KEY, title TEXT)');
    db.pragma('user_version = 1');
    db.close();
    expect(refusal(file, { create: true })).toBe('notAnArchive');
  });

  it('a file that is not a database at all', () => {
    const file = join(dir, 'notes.db');
    writeFileSync(file, 'Shopping list: bread, milk, a new hard disk.\n'.repeat(300));
    expect(refusal(file, { create: true })).toBe('notADatabase');
  });

  it('an empty file, for commands that only read', () => {
    const file = join(dir, 'empty.db');
    writeFileSync(file, '');
    expect(refusal(file)).toBe('archiveEmpty');
    expect(statSync(file).size).toBe(0);
  });

  it('an archive cut short at a page boundary, and part way through a page', () => {
    const file = join(dir, 'archive.db');
    archiveWithStories(file);
    const size = statSync(file).size;
    truncateSync(file, Math.floor(size / 2 / 4096) * 4096);
    expect(refusal(file, { create: true })).toBe('archiveTruncated');
    truncateSync(file, 4096 * 3 + 100);
    expect(refusal(file, { create: true })).toBe('archiveTruncated');
  });

  it('an archive from a newer Diptych', () => {
    const file = join(dir, 'future.db');
    archiveWithStories(file, 2);
    const db = new BetterSqlite3(file);
    db.pragma(`user_version = ${latestSchemaVersion() + 1}`);
    db.pragma('journal_mode = DELETE');
    db.close();
    expect(refusal(file, { create: true })).toBe('databaseTooNew');
  });

  it('an archive with damaged pages in its text, and in its versions', () => {
    const file = join(dir, 'archive.db');
    archiveWithStories(file);
    const pristine = sha256(file);
    const leaves = pagesOf(file, 'blocks');
    overwritePages(file, [leaves[Math.floor(leaves.length / 2)]!]);
    expect(sha256(file)).not.toBe(pristine);
    expect(refusal(file)).toBe('databaseCorrupt');
    expect(refusal(file, { create: true })).toBe('databaseCorrupt');

    const other = join(dir, 'other.db');
    archiveWithStories(other);
    overwritePages(other, pagesOf(other, 'versions', 'leaf').slice(0, 1));
    expect(refusal(other)).toBe('databaseCorrupt');
  });
});

describe('creating only where nothing is', () => {
  it('import creates an archive in an empty file or where there is none; reading commands do not', () => {
    const missing = join(dir, 'new', 'archive.db');
    expect(codeOf(() => openArchive(missing, { create: false }))).toBe('archiveMissing');
    const created = openArchive(missing, { create: true });
    expect(created.pragma('application_id', { simple: true })).toBe(DIPTYCH_APPLICATION_ID);
    closeArchive(created);

    const empty = join(dir, 'empty.db');
    writeFileSync(empty, '');
    const db = openArchive(empty, { create: true });
    expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion());
    closeArchive(db);
  });

  it('an SQLite file with nothing in it counts as empty', () => {
    const file = join(dir, 'blank.db');
    const raw = new BetterSqlite3(file);
    raw.pragma('journal_mode = WAL'); // writes the header, creates no table
    raw.close();
    expect(statSync(file).size).toBeGreaterThan(0);
    expect(refusal(file)).toBe('archiveEmpty');
    closeArchive(openArchive(file, { create: true }));
  });

  it('closing checkpoints the log, so nothing is left beside the archive', () => {
    const file = join(dir, 'archive.db');
    archiveWithStories(file, 3);
    expect(sideFiles(file)).toEqual([]);
  });
});

describe('archives made before they carried their identity', () => {
  it.each([1, 2, 3, 4, 5])('an unstamped archive at schema %i opens, migrates and is stamped', async (version) => {
    const { buildSchema } = await import('./migration-fixtures');
    const file = join(dir, `v${version}.db`);
    buildSchema(file, version);
    const db = openArchive(file, { create: false });
    expect(db.pragma('application_id', { simple: true })).toBe(DIPTYCH_APPLICATION_ID);
    expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion());
    closeArchive(db);
  });
});

describe('classifying by header and tables (pure)', () => {
  const tables = (names: Record<string, string[]>): Map<string, string[]> => new Map(Object.entries(names));
  const v1 = {
    stories: ['id', 'group_key', 'created_at', 'updated_at'],
    versions: ['id', 'story_id', 'lang', 'is_original', 'provenance', 'headline', 'agency', 'place', 'published_at', 'url', 'source_file', 'content_hash', 'imported_at'],
    blocks: ['id', 'version_id', 'position', 'kind', 'text', 'edited_at', 'original_text'],
    tags: ['id', 'name'],
    story_tags: ['story_id', 'tag_id'],
    settings: ['key', 'value'],
  };
  it.each([
    ['stamped', { applicationId: DIPTYCH_APPLICATION_ID, userVersion: 8, tables: tables({}) }, 'archive'],
    ['another application id', { applicationId: 0x47504b47, userVersion: 1, tables: tables(v1) }, 'foreign'],
    ['no id, no version, no table', { applicationId: 0, userVersion: 0, tables: tables({}) }, 'empty'],
    ['no id, no version, a table', { applicationId: 0, userVersion: 0, tables: tables({ t: ['x'] }) }, 'foreign'],
    ['unstamped v1 with Diptych’s tables', { applicationId: 0, userVersion: 1, tables: tables(v1) }, 'archive'],
    ['unstamped v2 without the search index', { applicationId: 0, userVersion: 2, tables: tables(v1) }, 'foreign'],
    ['unstamped v1 missing a column', { applicationId: 0, userVersion: 1, tables: tables({ ...v1, blocks: ['id', 'text'] }) }, 'foreign'],
    ['unstamped past the last unstamped version', { applicationId: 0, userVersion: LAST_UNSTAMPED_SCHEMA_VERSION + 1, tables: tables(v1) }, 'foreign'],
    ['a negative version', { applicationId: 0, userVersion: -1, tables: tables(v1) }, 'foreign'],
  ])('%s', (_name, identity, kind) => {
    expect(classifyOpened(identity).kind).toBe(kind);
  });

  it('the stamping migration writes the application id the code recognises', () => {
    expect(migration008.up).toBe(`PRAGMA application_id = ${DIPTYCH_APPLICATION_ID};`);
  });

  it('reads page size, counts and ids from the header; tells a truncated file', () => {
    const header = new Uint8Array(4096);
    header.set(new TextEncoder().encode('SQLite format 3\u0000'));
    const view = new DataView(header.buffer);
    view.setUint16(16, 4096);
    header[18] = 2;
    view.setUint32(24, 7);
    view.setUint32(28, 10);
    view.setUint32(92, 7);
    view.setInt32(60, 5);
    view.setInt32(68, DIPTYCH_APPLICATION_ID);
    header[100] = 0x0d;
    const parsed = parseSqliteHeader(header)!;
    expect(parsed).toEqual({ pageSize: 4096, pageCount: 10, writeVersion: 2, userVersion: 5, applicationId: DIPTYCH_APPLICATION_ID, schemaEmpty: true });
    expect(isTruncated(parsed, 40960)).toBe(false);
    expect(isTruncated(parsed, 4096 * 9)).toBe(true);
    expect(isTruncated(parsed, 40960 + 100)).toBe(true);
    view.setUint32(92, 6); // a stale count (written by an old SQLite) is not trusted
    expect(parseSqliteHeader(header)!.pageCount).toBeNull();
    view.setUint16(16, 1000);
    expect(parseSqliteHeader(header)).toBeNull();
    expect(parseSqliteHeader(new TextEncoder().encode('SQLite format 2\u0000'.padEnd(100)))).toBeNull();
  });
});

describe('the quick check on a large archive (probing, as above 32 MB)', () => {
  const sampled = { fullBytes: 0, smallTableRows: 0 };
  const check = (file: string) => {
    const db = new BetterSqlite3(file);
    try {
      return quickCheck(db, sampled);
    } finally {
      db.close();
    }
  };

  it('passes a sound archive, reading samples rather than every page', () => {
    const file = join(dir, 'archive.db');
    archiveWithStories(file, 20);
    expect(check(file)).toEqual({ ok: true, problems: [], coverage: 'sampled' });
  });

  it.each([
    ['a leaf of the text', 'blocks', 'leaf'],
    ['an interior page of the text', 'blocks', 'internal'],
    ['a leaf of the versions', 'versions', 'leaf'],
    ['a page of an index', 'versions_hash_prefix', 'leaf'],
    ['a page of the search index', 'search_fts_data', 'leaf'],
  ] as const)('finds %s overwritten', (_what, tree, type) => {
    const file = join(dir, 'archive.db');
    archiveWithStories(file, 20);
    const pages = pagesOf(file, tree, type);
    expect(pages.length).toBeGreaterThan(0);
    overwritePages(file, [pages[Math.floor(pages.length / 2)]!]);
    const result = check(file);
    expect(result.ok).toBe(false);
    expect(result.problems.join(' ')).toMatch(/malformed|corrupt|btreeInitPage/iu);
  });
});

describe('damage met after the check', () => {
  it('is told as a damaged archive, not as a failure inside Diptych', () => {
    const corrupt = Object.assign(new Error('database disk image is malformed'), { code: 'SQLITE_CORRUPT' });
    expect(toApiError(corrupt)).toMatchObject({ code: 'archiveDamaged' });
    const notADb = Object.assign(new Error('file is not a database'), { code: 'SQLITE_NOTADB' });
    expect(toApiError(notADb)).toMatchObject({ code: 'archiveDamaged' });
  });
});
