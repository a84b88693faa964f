// The archive is safe, through the command line as a user runs it: what is no sound archive is
// refused in one line and left as it was; check, backup, restore and recover do what they say.
import BetterSqlite3 from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { latestSchemaVersion } from '../../src/main/core/db/migrate';
import { archiveWithStories, overwritePages, pagesOf, sha256, sideFiles, storyCount } from '../support/archive-files';
import { runDiptych, type CliResult } from '../support/run-cli';

const diptych = (args: string[]): Promise<CliResult> => runDiptych(args, { LANG: 'C.UTF-8' });
const BIN = resolve(__dirname, '../../bin/diptych.mjs');

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'diptych-safety-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('refusals, each in one line, the file unchanged', () => {
  const cases: [string, (file: string) => void, RegExp][] = [
    ['another program’s database', (f) => {
      const db = new BetterSqlite3(f);
      db.exec("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL); INSERT INTO invoices VALUES (1, 12.5)");
      db.close();
    }, /is not a Diptych archive: it is another program’s database/u],
    ['an empty file', (f) => writeFileSync(f, ''), /is an empty file, not a Diptych archive/u],
    ['garbage', (f) => writeFileSync(f, 'PK\u0003\u0004 not a database '.repeat(500)), /is not a database at all/u],
    ['a truncated archive', (f) => {
      archiveWithStories(f, 12);
      truncateSync(f, Math.floor(statSync(f).size / 8192) * 4096);
    }, /is cut short/u],
    ['an archive from a newer Diptych', (f) => {
      archiveWithStories(f, 2);
      const db = new BetterSqlite3(f);
      db.pragma(`user_version = ${latestSchemaVersion() + 3}`);
      db.close();
    }, /written by a newer Diptych/u],
    ['an archive with damaged pages', (f) => {
      archiveWithStories(f, 12);
      overwritePages(f, pagesOf(f, 'blocks').slice(2, 3));
    }, /is damaged: part of it cannot be read/u],
  ];

  it.each(cases)('%s', async (name, make, reason) => {
    const file = join(dir, `${name.replace(/\W+/gu, '-')}.db`);
    make(file);
    const before = sha256(file);
    // Import may make an archive of an empty file (tests/db/identity.test.ts), of nothing else.
    const commands = [['list', '--json'], ...(name === 'an empty file' ? [['search', 'harbour']] : [['import', join(__dirname, '../fixtures/seed')]])];
    for (const args of commands) {
      const result = await diptych([...args, '--db', file]);
      expect(result.code, `${args[0]}: ${result.stderr}`).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(reason);
    }
    expect(sha256(file)).toBe(before);
    expect(sideFiles(file)).toEqual([]);
  });

  it('a folder given as the archive', async () => {
    const folder = join(dir, 'a-folder');
    mkdirSync(folder);
    for (const args of [['list', '--json'], ['import', join(__dirname, '../fixtures/seed')]]) {
      const result = await diptych([...args, '--db', folder]);
      // Bad usage: a folder where the archive's file goes, said as such (SQLite would say "not a database").
      expect(result.code, `${args[0]}: ${result.stderr}`).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe(`${folder} is a folder: --db takes the archive’s file, such as ${join(folder, 'archive.db')}.\n`);
    }
    expect(readdirSync(folder)).toEqual([]);
  });
});

describe('diptych check', () => {
  it('says a sound archive is sound (exit 0), and a damaged one what is wrong (exit 1), writing nothing', async () => {
    const file = join(dir, 'checked.db');
    archiveWithStories(file, 12);
    const sound = await diptych(['check', '--db', file]);
    expect(sound.code).toBe(0);
    expect(sound.stdout).toMatch(/is sound/u);
    expect(JSON.parse((await diptych(['check', '--db', file, '--json'])).stdout)).toMatchObject({ ok: true, problems: [] });

    overwritePages(file, pagesOf(file, 'blocks').slice(1, 2));
    const before = sha256(file);
    const damaged = await diptych(['check', '--db', file]);
    expect(damaged.code).toBe(1);
    expect(damaged.stdout).toMatch(/has \d+ problems?:/u);
    expect(damaged.stdout).toMatch(/pages and indexes: .*page \d+/u);
    const json = JSON.parse((await diptych(['check', '--db', file, '--json'])).stdout);
    expect(json.ok).toBe(false);
    expect(json.problems[0]).toMatchObject({ check: 'integrity', detail: expect.any(String) });
    expect(sha256(file)).toBe(before);
    expect(sideFiles(file)).toEqual([]);
  });
});

describe('diptych backup', () => {
  it('copies the archive consistently while another process imports into it', async () => {
    const archive = join(dir, 'busy.db');
    const folder = join(dir, 'wire');
    mkdirSync(folder);
    for (let i = 0; i < 2500; i++) {
      writeFileSync(join(folder, `item-${i}.en.txt`), `Harbour report ${i}\nTallinn • Baltic Wire\nShips came and went on day ${i}.\nThe harbour master counted ${i * 3} passengers.`);
    }
    archiveWithStories(archive, 3);
    const importing = spawn(process.execPath, [BIN, 'import', folder, '--db', archive], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C.UTF-8' },
      stdio: 'ignore',
    });
    const imported = new Promise<number>((done) => importing.on('exit', (code) => done(code ?? -1)));
    // Once the import has written something (its log grows), copy the archive under it.
    await expect.poll(() => existsSync(`${archive}-wal`) && statSync(`${archive}-wal`).size > 100_000, { timeout: 30_000, interval: 20 }).toBe(true);
    const copy = join(dir, 'busy-copy.db');
    // Asked while the import runs (on a fast machine the import may end before the copy does).
    const stillImporting = importing.exitCode === null;
    const backup = await diptych(['backup', copy, '--db', archive, '--json']);
    expect(backup.code, backup.stderr).toBe(0);
    expect(JSON.parse(backup.stdout)).toEqual({ backup: copy, bytes: statSync(copy).size });
    expect(await imported).toBe(0);
    expect(stillImporting, 'the backup began while the import ran').toBe(true);

    const raw = new BetterSqlite3(copy);
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    raw.close();
    const copied = storyCount(copy);
    expect(copied).toBeGreaterThanOrEqual(3);
    expect(copied).toBeLessThanOrEqual(storyCount(archive));
    expect(storyCount(archive)).toBe(2503);
  });

  it('refuses to overwrite a file', async () => {
    const archive = join(dir, 'small.db');
    archiveWithStories(archive, 2);
    writeFileSync(join(dir, 'taken.db'), 'mine');
    const result = await diptych(['backup', join(dir, 'taken.db'), '--db', archive]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/already exists/u);
  });

  it('says a folder that does not exist as a file it cannot write (exit 1), in the reader’s language', async () => {
    const archive = join(dir, 'small-2.db');
    archiveWithStories(archive, 2);
    const copy = join(dir, 'no-such-folder', 'copy.db');
    const result = await diptych(['backup', copy, '--db', archive]);
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(`Cannot write ${copy} (ENOENT); nothing was saved there.`);
    const uk = await diptych(['backup', copy, '--db', archive, '--ui-lang', 'uk']);
    expect(uk.code).toBe(1);
    expect(uk.stderr.trim()).toBe(`Не вдалося записати ${copy} (ENOENT); там нічого не збережено.`);
  });
});

describe('diptych restore', () => {
  it('puts a sound backup in place and keeps the archive it replaced', async () => {
    const home = join(dir, 'restore');
    mkdirSync(home);
    const archive = join(home, 'archive.db');
    archiveWithStories(archive, 4);
    const backup = join(dir, 'restore-backup.db');
    expect((await diptych(['backup', backup, '--db', archive])).code).toBe(0);
    await diptych(['delete', '1', '--db', archive]);
    expect(storyCount(archive)).toBe(3);

    const restored = await diptych(['restore', backup, '--db', archive, '--json']);
    expect(restored.code, restored.stderr).toBe(0);
    const { kept } = JSON.parse(restored.stdout) as { kept: string };
    expect(kept).toMatch(/archive\.db\.before-restore-\d{8}-\d{6}$/u);
    expect(storyCount(archive)).toBe(4);
    expect(storyCount(kept)).toBe(3);
    expect(readdirSync(home).filter((f) => !/^archive\.db(\.before-restore-\d{8}-\d{6})?$/u.test(f))).toEqual([]);
  });

  it('refuses a damaged or foreign file and changes nothing', async () => {
    const archive = join(dir, 'keep.db');
    archiveWithStories(archive, 3);
    const before = sha256(archive);
    const damaged = join(dir, 'damaged-backup.db');
    archiveWithStories(damaged, 12);
    overwritePages(damaged, pagesOf(damaged, 'blocks').slice(3, 4));
    const foreign = join(dir, 'foreign.db');
    const db = new BetterSqlite3(foreign);
    db.exec('CREATE TABLE t (x)');
    db.close();
    for (const [source, reason] of [[damaged, /is damaged/u], [foreign, /another program’s database/u]] as const) {
      const sourceBefore = sha256(source);
      const result = await diptych(['restore', source, '--db', archive]);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(reason);
      expect(sha256(source)).toBe(sourceBefore);
    }
    expect(sha256(archive)).toBe(before);
    expect(readdirSync(dir).filter((f) => f.startsWith('keep.db.'))).toEqual([]);
  });
});

describe('diptych recover', () => {
  it('saves what can be read of an archive with overwritten pages, never writing to it', async () => {
    const damaged = join(dir, 'wreck.db');
    archiveWithStories(damaged, 30);
    const total = storyCount(damaged);
    overwritePages(damaged, [...pagesOf(damaged, 'blocks').slice(5, 7), ...pagesOf(damaged, 'versions').slice(1, 2)]);
    const before = sha256(damaged);
    const out = join(dir, 'rescued.db');
    const result = await diptych(['recover', damaged, '--out', out, '--json']);
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(sha256(damaged)).toBe(before);
    expect(sideFiles(damaged)).toEqual([]);
    const lost = (table: string) => report.tables.find((t: { table: string }) => t.table === table).lost;
    expect(lost('blocks').length).toBeGreaterThan(0);
    expect(lost('versions').length).toBeGreaterThan(0);
    expect(report.stories).toBeGreaterThan(total / 2);
    expect(report.stories).toBeLessThanOrEqual(total);
    expect(report.versionsPartial.length).toBeGreaterThan(0);
    // The new archive is whole and sound.
    expect((await diptych(['check', '--db', out])).code).toBe(0);
    expect(storyCount(out)).toBe(report.stories);
    const human = await diptych(['recover', damaged, '--out', join(dir, 'rescued-2.db')]);
    expect(human.stderr).toMatch(/^Recovered from .* stories \d+, versions \d+, paragraphs [\d,]+\.$/mu);
    expect(human.stderr).toMatch(/paragraphs: records [\d–, and]+ could not be read\./u);
  });

  it('will not write over an existing file', async () => {
    const archive = join(dir, 'fine.db');
    archiveWithStories(archive, 2);
    writeFileSync(join(dir, 'exists.db'), 'x');
    const result = await diptych(['recover', archive, '--out', join(dir, 'exists.db')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/already exists/u);
  });
});
