// Alignment is never computed while versions are stored: every import queues the stories that got
// a version, and each pair is aligned on its first reading or by the background aligner, with
// the same result either way.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import { importPaths } from '../../src/main/core/pipeline/import';
import { BackgroundAligner } from '../../src/main/core/align/queue';
import { getStoryAlignment } from '../../src/main/core/align/story-alignment';
import { memoryArchive, seedPath } from '../support/archive';

const count = (db: Database, table: string) => (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
const pairs = (db: Database, story: number) => getStoryAlignment(db, story, 'en', 'uk').pairs.map((p) => [p.from, p.to, p.confidence]);
const queued = (db: Database) => db.prepare('SELECT story_id FROM align_pending ORDER BY story_id').pluck().all();

describe('alignment after an import', () => {
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

  it('waits for the first reading or the background aligner, which give the same pairs', () => {
    writeFileSync(join(dir, 'seed.en.txt'), readFileSync(seedPath('en')));
    writeFileSync(join(dir, 'seed.uk.txt'), readFileSync(seedPath('uk')));
    for (let i = 0; i < 100; i++) {
      writeFileSync(join(dir, `w${i}.en.txt`), `Harbour report ${i}\nTallinn • Baltic Wire\nShips came and went on day ${i}.\nThe harbour master counted ${i * 3} passengers.`);
    }
    // A large import, parsed on workers.
    const report = importPaths(db, [dir]);
    expect(report.failed).toEqual([]);
    expect(count(db, 'alignments')).toBe(0);
    const story = report.imported.find((i) => i.file.endsWith('seed.uk.txt'))!.story;
    // Only the story with two versions waits for alignment.
    expect(queued(db)).toEqual([story]);

    const single = memoryArchive();
    try {
      // A small import, parsed on the writer's thread: the same.
      const one = importPaths(single, [join(dir, 'seed.en.txt'), join(dir, 'seed.uk.txt')]);
      expect(count(single, 'alignments')).toBe(0);
      expect(new BackgroundAligner(single).alignPending(100)).toBe(1);
      expect(queued(single)).toEqual([]);
      expect(count(single, 'alignments')).toBe(1);
      expect(pairs(db, story)).toEqual(pairs(single, one.imported[0]!.story));
      // Computed once on first reading, then stored.
      expect(count(db, 'alignments')).toBe(1);
    } finally {
      single.close();
    }
  });
});
