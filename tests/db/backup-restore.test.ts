// Backups and restores in the core: the online copy while another connection writes, the copy
// before a migration, the rolling daily copies, restoring in place and staged for the app.
import BetterSqlite3 from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DAILY_BACKUPS_KEPT,
  backupArchive,
  backupDirFor,
  ensureDailyBackup,
  listBackups,
  localDate,
} from '../../src/main/core/db/backup';
import { migrate } from '../../src/main/core/db/migrate';
import { MIGRATIONS } from '../../src/main/core/db/migrations';
import { closeArchive, openArchive } from '../../src/main/core/db/open';
import { applyStagedRestore, restoreArchive, stageRestore } from '../../src/main/core/db/restore';
import { archiveWithStories, sha256, storyCount } from '../support/archive-files';
import { buildSchema } from './migration-fixtures';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'diptych-backup-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the online backup', () => {
  it('ends with one consistent state while another connection keeps writing', async () => {
    // Two accounts whose sum never changes: a torn copy would show it.
    const file = join(dir, 'ledger.db');
    const db = new BetterSqlite3(file);
    db.pragma('journal_mode = WAL');
    db.exec('CREATE TABLE pad (x BLOB); CREATE TABLE accounts (id INTEGER PRIMARY KEY, balance INTEGER)');
    db.exec('INSERT INTO accounts VALUES (1, 1000), (2, 0)');
    const pad = db.prepare('INSERT INTO pad VALUES (randomblob(3000))');
    db.transaction(() => {
      for (let i = 0; i < 6000; i++) pad.run();
    })();
    const writer = new BetterSqlite3(file);
    const move = writer.transaction(() => {
      writer.prepare('UPDATE accounts SET balance = balance - 1 WHERE id = 1').run();
      writer.prepare('UPDATE accounts SET balance = balance + 1 WHERE id = 2').run();
      writer.prepare('INSERT INTO pad VALUES (randomblob(100))').run();
    });
    let writes = 0;
    let writing = true;
    const keepWriting = (): void => {
      if (!writing) return;
      move();
      writes++;
      setImmediate(keepWriting);
    };
    setImmediate(keepWriting);
    const copy = join(dir, 'ledger-copy.db');
    await backupArchive(db, copy);
    writing = false;
    writer.close();
    db.close();
    expect(writes).toBeGreaterThan(0);
    const restored = new BetterSqlite3(copy, { readonly: true });
    expect(restored.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(restored.prepare('SELECT SUM(balance) AS s FROM accounts').get()).toEqual({ s: 1000 });
    restored.close();
    expect(existsSync(`${copy}.partial`)).toBe(false);
  });
});

describe('a backup that cannot be written', () => {
  it('is said as a file that cannot be written, with the folder’s reason, not as a failure inside Diptych', async () => {
    const file = join(dir, 'archive.db');
    archiveWithStories(file, 2);
    writeFileSync(join(dir, 'a-file'), 'mine');
    const db = openArchive(file, { create: false });
    try {
      const missing = join(dir, 'no-such-folder', 'copy.db');
      await expect(backupArchive(db, missing)).rejects.toMatchObject({ code: 'cannotWriteFile', params: { file: missing, reason: 'ENOENT' } });
      const underFile = join(dir, 'a-file', 'copy.db');
      await expect(backupArchive(db, underFile)).rejects.toMatchObject({ code: 'cannotWriteFile', params: { reason: 'ENOTDIR' } });
      // The app's daily copy, whose backups folder cannot be made: what Settings shows.
      const backups = join(dir, 'a-file', 'backups');
      await expect(ensureDailyBackup(db, backups)).rejects.toMatchObject({ code: 'cannotWriteFile', params: { file: backups, reason: 'ENOTDIR' } });
    } finally {
      closeArchive(db);
    }
    expect(readdirSync(dir).sort()).toEqual(['a-file', 'archive.db']);
  });
});

describe('the copy before a migration', () => {
  it('is made in the backups folder before an old archive is migrated, and opens as that archive', () => {
    const file = join(dir, 'archive.db');
    buildSchema(file, 3);
    const before = sha256(file);
    const backups = backupDirFor(file);
    closeArchive(openArchive(file, { create: false, backupDir: backups }));
    const [copy] = listBackups(backups);
    expect(copy).toMatchObject({ kind: 'beforeMigration', name: expect.stringMatching(/^before-migration-v3-\d{8}-\d{6}\.db$/u) });
    const old = new BetterSqlite3(copy!.path, { readonly: true });
    expect(old.pragma('user_version', { simple: true })).toBe(3);
    expect(old.prepare('SELECT COUNT(*) AS n FROM versions').get()).toEqual({ n: 3 });
    old.close();
    expect(before).not.toBe(sha256(file));
    // Nothing to migrate, nothing copied.
    closeArchive(openArchive(file, { create: false, backupDir: backups }));
    expect(listBackups(backups)).toHaveLength(1);
  });

  it('is not made for a new archive', () => {
    const file = join(dir, 'new.db');
    closeArchive(openArchive(file, { backupDir: backupDirFor(file) }));
    expect(listBackups(backupDirFor(file))).toEqual([]);
  });
});

describe('the daily backups', () => {
  it('makes one a day and keeps the last seven', async () => {
    const file = join(dir, 'archive.db');
    archiveWithStories(file, 2);
    const backups = backupDirFor(file);
    mkdirSync(backups);
    // Nine older days' copies (their content does not matter here).
    for (let d = 1; d <= 9; d++) {
      const name = join(backups, `daily-2024-01-0${d}.db`);
      writeFileSync(name, '');
      utimesSync(name, new Date(2024, 0, d), new Date(2024, 0, d));
    }
    writeFileSync(join(backups, 'notes.txt'), 'mine');
    const db = openArchive(file, { create: false });
    const today = new Date(2024, 0, 10, 9, 30);
    const made = await ensureDailyBackup(db, backups, today);
    expect(made).toMatchObject({ kind: 'daily', name: `daily-${localDate(today)}.db` });
    expect(await ensureDailyBackup(db, backups, today)).toBeNull();
    closeArchive(db);
    const names = listBackups(backups).map((b) => b.name);
    expect(names).toHaveLength(DAILY_BACKUPS_KEPT);
    expect(names[0]).toBe('daily-2024-01-10.db');
    expect(names).not.toContain('daily-2024-01-03.db');
    expect(names).toContain('daily-2024-01-04.db');
    expect(readdirSync(backups)).toContain('notes.txt');
    expect(storyCount(made!.path)).toBe(2);
  });
});

describe('restoring', () => {
  it('replaces the archive and keeps the one it replaced, with what its log held', () => {
    const archive = join(dir, 'archive.db');
    const backup = join(dir, 'backup.db');
    archiveWithStories(backup, 3);
    archiveWithStories(archive, 5);
    // The archive's newest write still only in its log, as a crash leaves it: the files copied
    // while the connection is open.
    const live = new BetterSqlite3(archive);
    live.pragma('wal_autocheckpoint = 0');
    live.exec("INSERT INTO stories (group_key, created_at, updated_at) VALUES ('late', 'x', 'x')");
    const crashed = join(dir, 'crashed.db');
    copyFileSync(archive, crashed);
    copyFileSync(`${archive}-wal`, `${crashed}-wal`);
    live.close();

    const { kept } = restoreArchive(crashed, backup, { now: new Date(2025, 4, 6, 7, 8, 9) });
    expect(kept).toBe(`${crashed}.before-restore-20250506-070809`);
    expect(storyCount(crashed)).toBe(3);
    expect(storyCount(kept!)).toBe(6);
  });

  it('refuses while another connection has the archive open', () => {
    const archive = join(dir, 'archive.db');
    const backup = join(dir, 'backup.db');
    archiveWithStories(backup, 1);
    archiveWithStories(archive, 2);
    const before = sha256(archive);
    const app = openArchive(archive, { create: false });
    expect(() => restoreArchive(archive, backup)).toThrowError(expect.objectContaining({ code: 'archiveInUse' }));
    closeArchive(app);
    expect(sha256(archive)).toBe(before);
    expect(readdirSync(dir).sort()).toEqual(['archive.db', 'backup.db']);
  });

  it('stages a restore for the next start, which puts it in place before opening', () => {
    const archive = join(dir, 'archive.db');
    const backup = join(dir, 'backup.db');
    archiveWithStories(backup, 1);
    archiveWithStories(archive, 4);
    const pending = stageRestore(archive, backup);
    expect(existsSync(backup)).toBe(true);
    expect(storyCount(archive)).toBe(4);
    const result = applyStagedRestore(archive, { now: new Date(2025, 0, 2, 3, 4, 5) });
    expect(result).toEqual({ archive, kept: `${archive}.before-restore-20250102-030405` });
    expect(existsSync(pending)).toBe(false);
    expect(storyCount(archive)).toBe(1);
    expect(applyStagedRestore(archive)).toBeNull();
  });

  it('restores an archive from an older Diptych, which is migrated when next opened', () => {
    const archive = join(dir, 'archive.db');
    archiveWithStories(archive, 2);
    const old = join(dir, 'old.db');
    buildSchema(old, 2);
    restoreArchive(archive, old);
    expect(storyCount(archive)).toBe(2);
    const db = new BetterSqlite3(archive);
    expect(migrate(db, MIGRATIONS)).toEqual([]);
    db.close();
  });
});
