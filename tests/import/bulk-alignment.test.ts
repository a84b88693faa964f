// A bulk import (many files) stores no alignments; each story's pair is aligned on its first
// reading, with the same result an import of the story alone computes at once.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import { BULK_FILES, importPaths } from '../../src/main/core/import/import-files';
import { getStoryAlignment } from '../../src/main/core/align/story-alignment';
import { memoryArchive, seedPath } from '../support/archive';

const count = (db: Database, table: string) => (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
const pairs = (db: Database, story: number) => getStoryAlignment(db, story, 'en', 'uk').pairs.map((p) => [p.from, p.to, p.confidence]);

describe('bulk imports', () => {
  let dir: string;
  let db: Database;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'diptych-bulk-'));
    db = memoryArchive();
  });
  afterEach(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('leave alignment to the first reading, which gives what an import of one story computes', () => {
    writeFileSync(join(dir, 'seed.en.txt'), readFileSync(seedPath('en')));
    writeFileSync(join(dir, 'seed.uk.txt'), readFileSync(seedPath('uk')));
    for (let i = 0; i < BULK_FILES; i++) {
      writeFileSync(join(dir, `w${i}.en.txt`), `Harbour report ${i}\nTallinn • Baltic Wire\nShips came and went on day ${i}.\nThe harbour master counted ${i * 3} passengers.`);
    }
    const report = importPaths(db, [dir]);
    expect(report.failed).toEqual([]);
    expect(count(db, 'alignments')).toBe(0);
    const story = report.imported.find((i) => i.file.endsWith('seed.uk.txt'))!.story;

    const single = memoryArchive();
    try {
      const one = importPaths(single, [join(dir, 'seed.en.txt'), join(dir, 'seed.uk.txt')]);
      expect(count(single, 'alignments')).toBe(1);
      expect(pairs(db, story)).toEqual(pairs(single, one.imported[0]!.story));
      // Computed once, then stored.
      expect(count(db, 'alignments')).toBe(1);
    } finally {
      single.close();
    }
  });
});
