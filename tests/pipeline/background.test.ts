// What imports leave for later is caught up in the background: stories queued for alignment are
// aligned, an index made by an older analyzer is made again, both with their own progress, while
// the archive stays readable; an import that starts stops it, and it resumes after.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import type { BackgroundProgressEvent } from '../../src/shared/api';
import { openArchive } from '../../src/main/core/db/open';
import { ImportRunner } from '../../src/main/core/import/worker/import-runner';
import { catchUp, pendingWork } from '../../src/main/core/pipeline/catch-up';
import { importPaths } from '../../src/main/core/pipeline/import';
import { search } from '../../src/main/core/search/search';
import { SEED_DIR } from '../support/archive';
import { searching } from '../support/searching';

const count = (db: Database, sql: string): number => db.prepare(sql).pluck().get() as number;

function waitForIdle(events: BackgroundProgressEvent[]): Promise<void> {
  return new Promise((resolve) => {
    const poll = setInterval(() => {
      if (events.at(-1)?.phase === 'idle') {
        clearInterval(poll);
        resolve();
      }
    }, 20);
  });
}

describe('catching up after imports', () => {
  let dir: string;
  let db: Database;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'diptych-background-'));
    db = openArchive(join(dir, 'archive.db'));
  });
  afterEach(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('aligns the stories an import queued, on the import worker, with progress', async () => {
    const events: BackgroundProgressEvent[] = [];
    const runner = new ImportRunner({ dbPath: join(dir, 'archive.db'), progressMs: 0, onProgress: () => undefined, onBackgroundProgress: (e) => events.push(e) });
    const result = await runner.run({ paths: [SEED_DIR] });
    expect(result.counts.imported).toBe(3);
    await waitForIdle(events);
    expect(events.filter((e) => e.phase === 'align').at(-1)).toEqual({ phase: 'align', done: 1, total: 1 });
    expect(count(db, 'SELECT COUNT(*) FROM alignments')).toBe(3);
    expect(pendingWork(db)).toEqual({ index: 0, align: 0 });
  });

  it('rebuilds an index made by an older analyzer while searches keep answering, and can be stopped and resumed', () => {
    importPaths(db, [SEED_DIR]);
    expect(search(searching(db), 'Kallas').total).toBe(1);
    // As an archive indexed by an older Diptych looks to this one.
    db.prepare("UPDATE derived_data SET version = 0 WHERE name = 'search'").run();
    const progress: string[] = [];
    let transactions = 0;
    const stopped = catchUp(db, {
      onProgress: (p) => progress.push(`${p.phase} ${p.done}/${p.total}`),
      // Stops after its first transaction: what it did stays, the rest waits in the queue.
      isCancelled: () => transactions > 0,
      yieldBetween: () => {
        transactions++;
        expect(search(searching(db), 'Kallas').total).toBe(1);
      },
    });
    expect(stopped.cancelled).toBe(true);
    expect(progress).toEqual(['index 3/3']);
    expect(pendingWork(db)).toEqual({ index: 0, align: 1 });
    const resumed = catchUp(db);
    expect(resumed).toEqual({ indexed: 0, aligned: 1, cancelled: false });
    expect(pendingWork(db)).toEqual({ index: 0, align: 0 });
    expect(search(searching(db), 'Kallas').total).toBe(1);
    expect(count(db, "SELECT version FROM derived_data WHERE name = 'search'")).toBeGreaterThan(0);
  });
});
