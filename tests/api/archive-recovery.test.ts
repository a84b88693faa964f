// The app at start, as the API worker runs it (Electron only relaunches): a damaged archive starts
// the recovery API instead of failing; restoring a backup or recovering stages the replacement and
// asks for a restart; the next start puts it in place and says where the old file was kept.
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiEventName } from '../../src/shared/api';
import { openAppArchive } from '../../src/main/core/api/archive-start';
import type { ArchiveHealth } from '../../src/main/core/api/context';
import { dispatchApiCall } from '../../src/main/core/api/dispatch';
import { createApiHandlers, createRecoveryApiHandlers } from '../../src/main/core/api/handlers';
import { backupDirFor, ensureDailyBackup } from '../../src/main/core/db/backup';
import { closeArchive } from '../../src/main/core/db/open';
import { archiveWithStories, overwritePages, pagesOf, sha256 } from '../support/archive-files';

let dir: string;
let dbPath: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'diptych-app-start-'));
  dbPath = join(dir, 'archive.db');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Starts the API as the worker does; returns a caller and the events it emitted. */
function start() {
  const events: ApiEventName[] = [];
  const { db, status } = openAppArchive(dbPath);
  const health: ArchiveHealth = { status, lastBackupError: null };
  const context = { dbPath, emit: (event: ApiEventName) => void events.push(event), systemLanguages: ['uk-UA'], health };
  const handlers = db ? createApiHandlers({ ...context, db }) : createRecoveryApiHandlers(context, health);
  const call = (method: string, input?: unknown) => dispatchApiCall(handlers, method, input) as Promise<{ ok: boolean; value?: any; error?: any }>;
  return { db, status, call, events, close: () => db && closeArchive(db) };
}

async function storiesIn(): Promise<number> {
  const app = start();
  const page = await app.call('listStories', {});
  app.close();
  return page.value.total;
}

describe('a damaged archive at start', () => {
  it('starts in recovery: nothing else answers, nothing is written, the settings follow the system', async () => {
    archiveWithStories(dbPath, 12);
    overwritePages(dbPath, pagesOf(dbPath, 'blocks').slice(2, 3));
    const before = sha256(dbPath);
    const app = start();
    expect(app.db).toBeNull();
    expect((await app.call('archiveStatus')).value).toMatchObject({ state: 'damaged', error: { code: 'databaseCorrupt' } });
    expect(await app.call('listStories', {})).toMatchObject({ ok: false, error: { code: 'databaseCorrupt' } });
    expect(await app.call('search', { query: 'x' })).toMatchObject({ ok: false, error: { code: 'databaseCorrupt' } });
    expect((await app.call('getSettings')).value).toMatchObject({ uiLanguage: 'uk' });
    expect(sha256(dbPath)).toBe(before);
  });

  it('recovers what can be read, and the next start opens it, the damaged file kept', async () => {
    archiveWithStories(dbPath, 12);
    overwritePages(dbPath, pagesOf(dbPath, 'blocks').slice(2, 3));
    const damaged = sha256(dbPath);
    const app = start();
    const recovered = await app.call('recoverArchive');
    expect(recovered).toMatchObject({ ok: true, value: { restarting: true } });
    expect(recovered.value.stories).toBeGreaterThan(0);
    expect(app.events).toEqual(['restartRequested']);

    const next = start();
    expect(next.status).toMatchObject({ state: 'sound', restored: { kept: expect.stringMatching(/archive\.db\.before-restore-\d{8}-\d{6}$/u) } });
    expect((await next.call('listStories', {})).value.total).toBe(recovered.value.stories);
    next.close();
    expect(sha256(next.status.restored!.kept!)).toBe(damaged);
  });

  it('sets another program’s file aside for a new, empty archive', async () => {
    writeFileSync(dbPath, 'not mine');
    const app = start();
    expect(app.status).toMatchObject({ state: 'damaged', error: { code: 'notADatabase' } });
    expect((await app.call('recoverArchive')).value).toMatchObject({ stories: 0, restarting: true });
    const next = start();
    expect(next.status.state).toBe('sound');
    next.close();
    expect(readdirSync(dir).some((f) => f.startsWith('archive.db.before-restore-'))).toBe(true);
  });
});

describe('backups in the app', () => {
  it('lists them and restores one by name after the restart; names that are not backups are refused', async () => {
    archiveWithStories(dbPath, 3);
    const first = start();
    await ensureDailyBackup(first.db!, backupDirFor(dbPath), new Date(2025, 5, 1));
    await first.call('deleteStory', { id: 1 });
    const list = (await first.call('listBackups')).value;
    expect(list).toMatchObject({ folder: backupDirFor(dbPath), backups: [{ name: 'daily-2025-06-01.db', kind: 'daily' }], lastError: null });
    expect(await first.call('restoreBackup', { name: '../archive.db' })).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
    expect(await first.call('restoreBackup', { name: 'daily-2020-01-01.db' })).toMatchObject({ ok: false, error: { code: 'backupNotFound' } });
    expect(await first.call('recoverArchive')).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
    expect(await first.call('restoreBackup', { name: 'daily-2025-06-01.db' })).toEqual({ ok: true, value: { restarting: true } });
    expect(first.events.filter((e) => e !== 'archiveChanged')).toEqual(['restartRequested']);
    // Until the restart the archive is as it was.
    expect((await first.call('listStories', {})).value.total).toBe(2);
    first.close();
    expect(await storiesIn()).toBe(3);
    expect(existsSync(join(backupDirFor(dbPath), 'daily-2025-06-01.db'))).toBe(true);
  });
});
