// Test helpers for archives as files: a small archive with stories, a file's hash, the -wal and
// -shm files beside it, and damage done on purpose (pages overwritten, the end cut off).
import BetterSqlite3 from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { closeSync, copyFileSync, existsSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openArchive, closeArchive } from '../../src/main/core/db/open';
import { writeSyntheticArchive } from '../../scripts/synthetic/write-synthetic';
import { catchUp } from '../../src/main/core/pipeline/catch-up';

/**
 * A closed archive at `file` holding `stories` synthetic stories (two or three versions each,
 * aligned). Generated once per size and test process, then copied: generating is the slow part.
 */
export function archiveWithStories(file: string, stories = 40): void {
  // In the run's own folder, which the global setup removes: exit handlers may never run.
  const template = join(process.env.DIPTYCH_TEST_TMPDIR ?? tmpdir(), `diptych-test-archive-${process.pid}-${stories}.db`);
  if (!existsSync(template)) {
    const db = openArchive(`${template}.partial`);
    writeSyntheticArchive(db, { stories, seed: 7 });
    // As an archive is once the app has caught up after an import: indexed and aligned.
    catchUp(db);
    closeArchive(db);
    renameSync(`${template}.partial`, template);
    process.once('exit', () => rmSync(template, { force: true }));
  }
  copyFileSync(template, file);
}

/** How many stories the archive at `file` holds (opened as a command would: never created). */
export function storyCount(file: string): number {
  const db = openArchive(file, { create: false });
  try {
    return (db.prepare('SELECT COUNT(*) AS n FROM stories').get() as { n: number }).n;
  } finally {
    closeArchive(db);
  }
}

export function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** The SQLite side files beside `file` that exist now. */
export function sideFiles(file: string): string[] {
  return ['-wal', '-shm', '-journal'].filter((s) => existsSync(`${file}${s}`));
}

/** Page numbers of a table's (or index's) leaf or interior pages, from SQLite's dbstat. */
export function pagesOf(file: string, name: string, type: 'leaf' | 'internal' = 'leaf'): number[] {
  // Read-write: a read-only connection to a WAL-mode file would leave -wal and -shm behind.
  const db = new BetterSqlite3(file);
  try {
    return db.prepare('SELECT pageno FROM dbstat WHERE name = ? AND pagetype = ? ORDER BY pageno').pluck().all(name, type) as number[];
  } finally {
    db.close();
  }
}

/** Overwrites whole pages with bytes that are no b-tree page (a disk or a copy tool gone wrong). */
export function overwritePages(file: string, pages: readonly number[], pageSize = 4096): void {
  const fd = openSync(file, 'r+');
  try {
    for (const page of pages) {
      const junk = Buffer.alloc(pageSize);
      for (let i = 0; i < pageSize; i++) junk[i] = (i * 131 + page * 17) & 0xff;
      writeSync(fd, junk, 0, pageSize, (page - 1) * pageSize);
    }
  } finally {
    closeSync(fd);
  }
}
