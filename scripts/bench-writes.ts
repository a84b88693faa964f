// Where an import's writes go: imports the generator's text stories into a fresh archive while a
// second connection holds a read snapshot, so that no checkpoint can copy the write-ahead log
// away, then counts the log's page frames by the table or index that owns each page at the end.
// It explains issue 10's write ratio (a page written by many commits, pages that FTS5's merges
// free and reuse); the ratio itself is bench:import's.
//   npm run bench:writes -- --stories 20000
import { closeSync, fstatSync, mkdtempSync, openSync, readSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Database } from 'better-sqlite3';
import { openArchive } from '../src/main/core/db/open';
import { importPathsLean } from '../src/main/core/pipeline/import-lean';
import { generateFiles } from './bench-import/files';

const WAL_HEADER_BYTES = 32;
const FRAME_HEADER_BYTES = 24;

/**
 * How many times the log holds each page, by page number: from the frame headers alone, read in
 * place (a log past 2 GB, as 100,000 stories make, cannot be read into one buffer).
 */
function framesByPage(walFile: string): { pageSize: number; frames: Map<number, number>; commits: number; bytes: number } {
  const fd = openSync(walFile, 'r');
  try {
    const bytes = fstatSync(fd).size;
    const header = Buffer.alloc(FRAME_HEADER_BYTES);
    readSync(fd, header, 0, FRAME_HEADER_BYTES, 0); // the log header's first bytes: its page size at 8
    const pageSize = header.readUInt32BE(8);
    const frames = new Map<number, number>();
    let commits = 0;
    for (let at = WAL_HEADER_BYTES; at + FRAME_HEADER_BYTES + pageSize <= bytes; at += FRAME_HEADER_BYTES + pageSize) {
      readSync(fd, header, 0, FRAME_HEADER_BYTES, at);
      const page = header.readUInt32BE(0);
      frames.set(page, (frames.get(page) ?? 0) + 1);
      // A commit frame records the archive's size in pages after it; other frames hold 0.
      if (header.readUInt32BE(4) !== 0) commits++;
    }
    return { pageSize, frames, commits, bytes };
  } finally {
    closeSync(fd);
  }
}

interface ObjectWrites {
  name: string;
  frames: number;
  pages: number;
}

/** Frames and distinct pages per owner at the end ("(free)" for pages on the free list then). */
function writesByObject(db: Database, frames: Map<number, number>): ObjectWrites[] {
  const owner = new Map<number, string>();
  for (const row of db.prepare('SELECT name, pageno FROM dbstat').iterate() as Iterable<{ name: string; pageno: number }>) owner.set(row.pageno, row.name);
  const byName = new Map<string, ObjectWrites>();
  for (const [page, n] of frames) {
    const name = owner.get(page) ?? '(free)';
    const entry = byName.get(name) ?? { name, frames: 0, pages: 0 };
    entry.frames += n;
    entry.pages++;
    byName.set(name, entry);
  }
  return [...byName.values()].sort((a, b) => b.frames - a.frames);
}

function printTable(rows: readonly ObjectWrites[], pageSize: number): void {
  const mb = (pages: number): string => ((pages * pageSize) / 1e6).toFixed(1);
  console.log(`${'table or index'.padEnd(34)}  ${'frames'.padStart(8)}  ${'pages'.padStart(8)}  ${'per page'.padStart(8)}  ${'MB'.padStart(8)}`);
  for (const r of rows.slice(0, 20)) {
    console.log(`${r.name.padEnd(34)}  ${String(r.frames).padStart(8)}  ${String(r.pages).padStart(8)}  ${(r.frames / r.pages).toFixed(2).padStart(8)}  ${mb(r.frames).padStart(8)}`);
  }
}

const { values } = parseArgs({ options: { stories: { type: 'string', default: '20000' } } });
const stories = Number(values.stories);
const dir = mkdtempSync(join(tmpdir(), 'diptych-bench-writes-'));
try {
  const { paths } = generateFiles('text', stories, join(dir, 'files'));
  const file = join(dir, 'archive.db');
  const archive = openArchive(file);
  // A read inside a transaction pins the empty archive's snapshot: no checkpoint can pass it.
  const snapshot = openArchive(file, { readonly: true, quickCheck: false });
  snapshot.exec('BEGIN');
  snapshot.prepare('SELECT count(*) FROM stories').get();
  const loadBefore = loadavg();
  const report = importPathsLean(archive, paths);
  const loadAfter = loadavg();
  const wal = framesByPage(`${file}-wal`);
  const { pageSize, frames, commits } = wal;
  const reader = openArchive(file, { readonly: true, quickCheck: false });
  const rows = writesByObject(reader, frames);
  const archiveBytes = (reader.pragma('page_count', { simple: true }) as number) * pageSize;
  reader.close();
  // The importing connection closes while the snapshot still holds, so it does not copy the log
  // into an archive about to be deleted; a read-only connection closing last does not either.
  archive.close();
  snapshot.close();
  const framesTotal = rows.reduce((n, r) => n + r.frames, 0);
  const loads = (l: number[]): string => l.map((x) => x.toFixed(2)).join(' ');
  console.log(`${stories} text stories, ${report.counts.imported} versions, ${commits} commits; load ${loads(loadBefore)} → ${loads(loadAfter)}`);
  console.log(`log ${(wal.bytes / 1e6).toFixed(0)} MB, ${framesTotal} frames of ${frames.size} distinct pages; archive ${(archiveBytes / 1e6).toFixed(0)} MB (${archiveBytes / pageSize} pages)`);
  console.log(`log ÷ archive ${(wal.bytes / archiveBytes).toFixed(2)}: with one copy into the archive, the least a checkpointing import writes at these batches is ${(1 + wal.bytes / archiveBytes).toFixed(2)}×`);
  console.log('a page is counted under its owner at the end: a page FTS5 freed after a merge and reused later counts under its reuser');
  printTable(rows, pageSize);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
