// The API served from a worker thread, as the Electron app runs it: the archive opens there, calls
// are validated there, and bad input comes back as a typed error.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiWorker, type ApiWorkerClient } from '../../src/main/core/api/api-worker-client';
import { DIPTYCH_APPLICATION_ID } from '../../src/main/core/db/identity';
import { latestSchemaVersion } from '../../src/main/core/db/migrate';
import BetterSqlite3 from 'better-sqlite3';
import { HOST_GRANT_PATHS } from '../../src/main/core/api/host-calls';
import { archiveWithStories, overwritePages, pagesOf } from '../support/archive-files';

// Under plain Node the worker is TypeScript: a bootstrap registers tsx in the thread and loads it
// (the app runs the built JavaScript).
const ENTRY = resolve(__dirname, '../support/ts-worker.mjs');
const TS = { argv: [resolve(__dirname, '../../src/main/core/api/api-worker.ts')] };

describe('the API worker', () => {
  let dir: string;
  let api: ApiWorkerClient;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'diptych-worker-'));
    api = await startApiWorker(ENTRY, { dbPath: join(dir, 'archive.db'), sampleDir: resolve(__dirname, '../../resources/sample') }, TS);
  });
  afterAll(async () => {
    await api?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves the archive, first-run samples included', async () => {
    const page = await api.call('listStories', { limit: 10 });
    expect(page.ok).toBe(true);
    expect((page as { value: { total: number } }).value.total).toBe(5);
  });

  it('answers bad input with a typed error, not an exception', async () => {
    expect(await api.call('getStory', { id: 'one' })).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
    expect(await api.call('getStory', { id: 99999 })).toMatchObject({ ok: false, error: { code: 'notFound' } });
    expect(await api.call('dropAllTables', {})).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
  });

  it('refuses to start on an archive from a newer Diptych', async () => {
    const file = join(dir, 'future.db');
    const raw = new BetterSqlite3(file);
    raw.pragma(`application_id = ${DIPTYCH_APPLICATION_ID}`);
    raw.pragma(`user_version = ${latestSchemaVersion() + 1}`);
    raw.close();
    await expect(startApiWorker(ENTRY, { dbPath: file }, TS)).rejects.toMatchObject({ code: 'databaseTooNew' });
  });

  it('starts in recovery on a damaged archive, and issues file tokens only to its host', async () => {
    const file = join(dir, 'damaged.db');
    archiveWithStories(file, 12);
    overwritePages(file, pagesOf(file, 'blocks').slice(2, 3));
    const damaged = await startApiWorker(ENTRY, { dbPath: file }, TS);
    try {
      expect(await damaged.call('archiveStatus', {})).toMatchObject({ ok: true, value: { state: 'damaged', error: { code: 'databaseCorrupt' } } });
      expect(await damaged.call('listStories', {})).toMatchObject({ ok: false, error: { code: 'databaseCorrupt' } });
      const granted = await damaged.call(HOST_GRANT_PATHS, { paths: [dir] });
      expect(granted).toMatchObject({ ok: true, value: { tokens: [expect.stringMatching(/^[0-9a-f]{32}$/u)] } });
    } finally {
      await damaged.close();
    }
  });
});

