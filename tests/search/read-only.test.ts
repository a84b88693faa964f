// A search never writes: it reads the index as it is, even with versions waiting to be indexed
// again, so it runs on a read-only connection and leaves the archive's file as it was.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openArchive } from '../../src/main/core/db/open';
import { importPaths } from '../../src/main/core/pipeline/import';
import { search, searchHighlights } from '../../src/main/core/search/search';
import { SEED_DIR } from '../support/archive';
import { searching } from '../support/searching';

const digest = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('searching', () => {
  it('writes nothing, even with versions queued for indexing, and works on a read-only connection', () => {
    const dir = mkdtempSync(join(tmpdir(), 'diptych-search-ro-'));
    const file = join(dir, 'archive.db');
    try {
      const db = openArchive(file);
      const story = importPaths(db, [SEED_DIR]).imported[0]!.story;
      // Text changed by hand: its version waits for the index maintenance.
      db.prepare("UPDATE blocks SET text = text || ' Addendum.' WHERE position = 3").run();
      expect(db.prepare('SELECT COUNT(*) FROM search_pending').pluck().get()).toBe(3);
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
      const before = digest(file);
      const ro = openArchive(file, { readonly: true });
      try {
        expect(search(searching(ro), 'Kallas').total).toBe(1);
        // A prefix is listed from the index through a table in the connection's temp schema.
        expect(search(searching(ro), 'Kall*').total).toBe(1);
        expect(searchHighlights(searching(ro), 'Kallas', story).versions.length).toBe(3);
        expect(ro.prepare('SELECT COUNT(*) FROM search_pending').pluck().get()).toBe(3);
      } finally {
        ro.close();
      }
      expect(digest(file)).toBe(before);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
