// `diptych index` does from the command line what the app does in the background: the stories an
// import queued get their paragraphs paired, and an index made by an older analyzer is made again.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openArchive } from '../../src/main/core/db/open';
import { SEED_DIR } from '../support/archive';
import { runDiptych } from '../support/run-cli';

describe('diptych index', () => {
  let dir: string;
  let db: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'diptych-cli-index-'));
    db = join(dir, 'archive.db');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('aligns what an import queued, says so, and then has nothing left to do', async () => {
    expect((await runDiptych(['import', SEED_DIR, '--db', db])).code).toBe(0);
    const first = await runDiptych(['index', '--db', db]);
    expect(first.code).toBe(0);
    expect(first.stderr).toContain('Pairing paragraphs: 1 of 1 story');
    expect(first.stderr).toContain('Up to date. Versions indexed again: 0; stories aligned: 1.');
    const archive = openArchive(db);
    expect(archive.prepare('SELECT COUNT(*) FROM alignments').pluck().get()).toBe(3);
    // As an archive indexed by an older Diptych.
    archive.prepare("UPDATE derived_data SET version = 0 WHERE name = 'search'").run();
    archive.close();
    // A search says what waits for the index rather than indexing it.
    const waiting = await runDiptych(['search', 'Kallas', '--db', db]);
    expect(waiting.stderr).toContain('3 versions wait to be indexed again, so results may miss them: run diptych index');
    const again = await runDiptych(['index', '--db', db, '--json']);
    expect(JSON.parse(again.stdout)).toEqual({ indexed: 3, aligned: 0, cancelled: false });
    const search = await runDiptych(['search', 'Kallas', '--db', db, '--json']);
    expect(JSON.parse(search.stdout)).toMatchObject({ total: 1, indexPending: 0 });
  });
});
