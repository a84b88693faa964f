// Failures told truly: when the disk fills up (simulated with max_page_count) or another writer
// holds the archive, the report names every file exactly once, what it calls imported is in the
// archive (rows and search index), what it calls failed is not, and the archive stays sound.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import { openArchive } from '../../src/main/core/db/open';
import { importPaths } from '../../src/main/core/pipeline/import';
import { importPathsLean } from '../../src/main/core/pipeline/import-lean';
import type { ImportReport } from '../../src/main/core/pipeline/report';
import { search } from '../../src/main/core/search/search';
import { searching } from '../support/searching';

const FILES = 400;
/** A word no other file holds, so the index can be asked about each file. */
const marker = (i: number): string => `Zebrafile${String(i).padStart(3, '0')}`;

/** Pairs named NAME.LANG.txt, or (`named` false) files whose language must be detected. */
function writeFiles(dir: string, named = true): string[] {
  mkdirSync(dir, { recursive: true });
  const names: string[] = [];
  for (let i = 0; i < FILES; i++) {
    const name = join(dir, named ? `story-${Math.floor(i / 2)}.${i % 2 === 0 ? 'en' : 'uk'}.txt` : `story-${String(i).padStart(3, '0')}.txt`);
    const body = i % 2 === 0 ? 'The harbour master counted passengers on the morning ferry.' : 'Начальник порту рахував пасажирів ранкового порому.';
    writeFileSync(name, `${marker(i)} headline ${i}\nTallinn • Wire\n${body} ${marker(i)}.\n${'A longer paragraph of text to take up room. '.repeat(30)}\n`);
    names.push(name);
  }
  return names.sort();
}

/** Every file named once in the report, and where. */
function outcomes(report: ImportReport): Map<string, string> {
  const seen = new Map<string, string>();
  const add = (file: string, where: string): void => {
    expect(seen.has(file), `${basename(file)} reported twice`).toBe(false);
    seen.set(file, where);
  };
  for (const i of report.imported) add(i.file, 'imported');
  for (const d of report.duplicates) add(d.file, 'duplicate');
  for (const f of report.failed) add(f.file, f.error.code);
  return seen;
}

/** The file's own word: the first of its headline. */
const markerIn = (file: string): string => readFileSync(file, 'utf8').split(' ', 1)[0]!;

const storedFiles = (db: Database): string[] => (db.prepare('SELECT source_file FROM versions ORDER BY source_file').pluck().all() as string[]);

function expectSound(db: Database): void {
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(db.pragma('foreign_key_check')).toEqual([]);
  db.exec("INSERT INTO search_fts (search_fts, rank) VALUES ('integrity-check', 0)");
}

describe('an import that runs out of disk', () => {
  let dir: string;
  let db: Database;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'diptych-full-'));
    db = openArchive(join(dir, 'archive.db'));
  });
  afterEach(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  // A lost batch's files are read and parsed again to be stored one by one: on this thread, the
  // lean door's detector on a worker of its own.
  it.each([
    ['parsed on workers', importPaths, undefined, true],
    ['parsed on the writer’s thread', importPaths, 0, true],
    ['the lean door, languages detected on workers', importPathsLean, undefined, false],
    ['the lean door, languages detected, parsed on the writer’s thread', importPathsLean, 0, false],
  ])('reports each file once, exactly as stored (%s)', (_how, importFn, parseWorkers, named) => {
    const files = writeFiles(join(dir, 'in'), named);
    // Room for some of the files, not all of them.
    const pages = db.pragma('page_count', { simple: true }) as number;
    db.pragma(`max_page_count = ${pages + 120}`);
    const report = importFn(db, [join(dir, 'in')], parseWorkers === undefined ? {} : { parseWorkers });

    const seen = outcomes(report);
    expect([...seen.keys()].sort()).toEqual(files);
    // Stories counted once each, and only those stored: what a lost batch counted is taken back.
    const storiesStored = (db.prepare('SELECT count(*) AS n FROM stories').get() as { n: number }).n;
    expect(new Set(report.imported.map((i) => i.story)).size).toBe(storiesStored);
    expect(report.counts).toEqual({ imported: report.imported.length, duplicates: 0, failed: report.failed.length, stories: storiesStored });
    expect(report.counts.imported).toBeGreaterThan(0);
    expect(report.counts.failed).toBeGreaterThan(0);
    expect(new Set(report.failed.map((f) => f.error.code))).toEqual(new Set(['diskFull']));
    // What the report calls imported is stored, and nothing else is.
    expect(storedFiles(db)).toEqual(report.imported.map((i) => i.file).sort());
    expectSound(db);
    // …and searchable; what failed left no trace in the index either.
    for (const [i, file] of files.entries()) {
      const want = seen.get(file) === 'imported' ? 1 : 0;
      expect(search(searching(db), markerIn(file)).total, `${basename(file)} (${i})`).toBe(want);
    }

    // With room again, importing the same files stores exactly those that failed.
    db.pragma('max_page_count = 1073741823');
    const again = importFn(db, [join(dir, 'in')]);
    expect(again.counts).toMatchObject({ imported: report.counts.failed, duplicates: report.counts.imported, failed: 0 });
    expect(storedFiles(db)).toEqual(files);
    expectSound(db);
  });
});

describe('an import while another program holds the archive', () => {
  it('fails every file once with the reason, stores nothing, and does not wait file after file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'diptych-busy-'));
    const file = join(dir, 'archive.db');
    const db = openArchive(file);
    const other = openArchive(file);
    try {
      const files = writeFiles(join(dir, 'in'));
      db.pragma('busy_timeout = 200');
      other.exec('BEGIN IMMEDIATE');
      const started = performance.now();
      const report = importPaths(db, [join(dir, 'in')]);
      expect(performance.now() - started).toBeLessThan(5000);
      const seen = outcomes(report);
      expect([...seen.keys()].sort()).toEqual(files);
      expect(new Set(seen.values())).toEqual(new Set(['archiveBusy']));
      other.exec('ROLLBACK');
      expect(storedFiles(db)).toEqual([]);
      expectSound(db);
    } finally {
      other.close();
      db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
