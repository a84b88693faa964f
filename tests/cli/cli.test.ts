// The CLI run as a real process, the way a user types it.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_DIR, seedPath } from '../support/archive';
import { runDiptych, type CliResult } from '../support/run-cli';

const diptych = (args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliResult> =>
  runDiptych(args, { LANG: 'C.UTF-8', ...env });

describe('the diptych command', () => {
  let dir: string;
  let db: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'diptych-cli-'));
    db = join(dir, 'archive.db');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('imports the seed as one story of three versions and prints it as JSON', async () => {
    const imported = await diptych(['import', seedPath('en'), seedPath('uk'), seedPath('et'), '--db', db, '--json']);
    expect(imported.code).toBe(0);
    const report = JSON.parse(imported.stdout);
    expect(report.imported.map((i: { lang: string }) => i.lang)).toEqual(['en', 'uk', 'et']);
    expect(report.duplicates).toEqual([]);
    expect(report.failed).toEqual([]);
    // Three files, three versions, one story: counted apart.
    expect(report.counts).toEqual({ imported: 3, duplicates: 0, failed: 0, stories: 1 });
    const id = report.imported[0].story;

    const shown = JSON.parse((await diptych(['show', String(id), '--db', db, '--json'])).stdout);
    expect(shown.id).toBe(id);
    expect(shown.versions).toHaveLength(3);
    const uk = shown.versions.find((v: { lang: string }) => v.lang === 'uk');
    expect(uk).toMatchObject({ original: false, agency: 'УНН', place: 'Київ' });
    expect(uk.blocks[0]).toEqual({ kind: 'headline', text: expect.stringContaining('Естонії') });

    const listed = JSON.parse((await diptych(['list', '--json'], { DIPTYCH_DB: db })).stdout);
    expect(listed.stories).toEqual([
      { id, versions: expect.arrayContaining([expect.objectContaining({ lang: 'et', headline: expect.stringContaining('Eesti') })]) },
    ]);
  });

  it('says a second import of the same files stores nothing new', async () => {
    const again = await diptych(['import', SEED_DIR, '--db', db, '--json']);
    expect(again.code).toBe(0);
    const report = JSON.parse(again.stdout);
    expect(report.imported).toEqual([]);
    expect(report.duplicates).toHaveLength(3);
  });

  it('prints a story as text, one language with --lang', async () => {
    const shown = await diptych(['show', '1', '--lang', 'et', '--db', db]);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain('# Eesti peaminister');
    expect(shown.stdout).not.toContain('Estonian Prime Minister');
  });

  it('exits 1 with a one-line reason on a user error, 2 on bad usage', async () => {
    const missing = await diptych(['show', '999', '--db', db]);
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toContain('999');

    const broken = join(dir, 'broken.en.txt');
    writeFileSync(broken, Buffer.from([0, 159, 146, 150, 0, 0]));
    const failed = await diptych(['import', broken, '--db', db, '--json']);
    expect(failed.code).toBe(1);
    expect(JSON.parse(failed.stdout).failed[0]).toMatchObject({ file: broken, reason: expect.stringContaining('UTF-8') });

    expect((await diptych(['frobnicate', '--db', db])).code).toBe(2);
    const version = await diptych(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')).version);
    expect((await diptych(['show', '--nonsense', '--db', db])).code).toBe(2);
    expect((await diptych(['show', 'abc', '--db', db])).code).toBe(2);
  });

  it('counts what the archive holds', async () => {
    const stats = JSON.parse((await diptych(['stats', '--db', db, '--json'])).stdout);
    expect(stats).toMatchObject({ stories: 1, versions: 3, blocks: 48 });
  });

  it('keeps every story with an original, and says when --original named no file', async () => {
    const other = join(dir, 'original.db');
    const result = await diptych(['import', seedPath('en'), seedPath('uk'), '--original', 'fr', '--db', other, '--json']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('fr');
    const listed = JSON.parse((await diptych(['list', '--db', other, '--json'])).stdout);
    expect(listed.stories[0].versions.filter((v: { original: boolean }) => v.original)).toHaveLength(1);
  });

  it('names the original with --original even when it comes last', async () => {
    const other = join(dir, 'original-last.db');
    const imported = await diptych(['import', seedPath('en'), seedPath('et'), seedPath('uk'), '--original', 'uk', '--db', other]);
    // Messages go to standard error; standard output is for results (--json, show, export).
    expect(imported.stdout).toBe('');
    expect(imported.stderr).toContain('Imported');
    // The summary counts versions and stories apart.
    expect(imported.stderr).toContain('Versions imported: 3, already present: 0, failed: 0; stories they belong to: 1.');
    const listed = JSON.parse((await diptych(['list', '--db', other, '--json'])).stdout);
    const originals = listed.stories[0].versions.filter((v: { original: boolean }) => v.original);
    expect(originals.map((v: { lang: string }) => v.lang)).toEqual(['uk']);
  });

  it('reads only archives that exist: a mistyped --db leaves nothing behind', async () => {
    const typo = join(dir, 'typo', 'sub', 'archive.db');
    const listed = await diptych(['list', '--db', typo]);
    expect(listed.code).toBe(1);
    expect(listed.stderr).toContain(typo);
    expect(existsSync(join(dir, 'typo'))).toBe(false);
    expect((await diptych(['list', '--db', ''])).code).toBe(2);
  });

  it('treats a bad language tag as bad usage, and a partly failed import as a failure', async () => {
    const bad = await diptych(['import', seedPath('en'), '--lang', '💥', '--db', db]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--lang');
    const empty = join(dir, 'empty.en.txt');
    writeFileSync(empty, '\n');
    const fresh = join(dir, 'fresh.en.txt');
    writeFileSync(fresh, 'A fresh headline\nKyiv • UNN\nA fresh lead.');
    const partly = await diptych(['import', fresh, empty, '--db', db, '--json']);
    expect(partly.code).toBe(1);
    expect(JSON.parse(partly.stdout).imported).toHaveLength(1);
  });

  it('says which command is missing its id', async () => {
    const result = await diptych(['delete', '--db', db]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('delete');
  });

  it('takes a query that starts with an exclusion, no quoting tricks needed', async () => {
    const plain = JSON.parse((await diptych(['search', 'Kallas', '--db', db, '--json'])).stdout);
    expect(plain.total).toBe(1);
    // The seed story mentions Macron, so excluding him leaves nothing.
    const excluded = await diptych(['search', '-Macron', 'Kallas', '--db', db, '--json']);
    expect(excluded.code).toBe(0);
    expect(JSON.parse(excluded.stdout).total).toBe(0);
    const notEnglish = JSON.parse((await diptych(['search', 'Kallas', '-lang:en', '--json', '--db', db])).stdout);
    expect(notEnglish.stories[0].hits.every((h: { lang: string }) => h.lang !== 'en')).toBe(true);
  });

  it('reads a dashed value after an option as that option’s value, and checks it', async () => {
    const negative = await diptych(['search', 'Kallas', '--limit', '-3', '--db', db]);
    expect(negative.code).toBe(2);
    expect(negative.stderr).toContain('--limit must be a whole number from 1 to 500, not “-3”');
    const absent = JSON.parse((await diptych(['search', 'Kallas', 'lang:lv', '--json', '--db', db])).stdout);
    expect(absent).toMatchObject({ total: 0, hints: [{ code: 'languageAbsent', text: 'lv' }] });
  });

  it('says when --offset is past the last result, and refuses a --counterpart-lang that is no language tag', async () => {
    const past = await diptych(['search', 'Kallas', '--offset', '100', '--db', db]);
    expect(past.code).toBe(0);
    expect(past.stderr).toContain('--offset 100 is past the end of the results (1 in all)');
    const badTag = await diptych(['search', 'Kallas', '--counterpart-lang', 'not a tag', '--db', db]);
    expect(badTag.code).toBe(2);
    expect(badTag.stderr).toContain('--counterpart-lang takes a language tag');
  });

  it('says an updated article at an address already stored keeps the stored text, and a repeat is only a repeat', async () => {
    const archive = join(dir, 'updates.db');
    const page = (body: string) => `---\ntitle: Ferry returns\nlang: en\nurl: https://wire.example/en/ferry\n---\n\n${body}\n`;
    writeFileSync(join(dir, 'ferry.en.md'), page('The night ferry returns on Monday.'));
    expect((await diptych(['import', join(dir, 'ferry.en.md'), '--db', archive])).code).toBe(0);
    const repeat = await diptych(['import', join(dir, 'ferry.en.md'), '--db', archive]);
    expect(repeat.stderr).toContain(`Already in the archive: ${join(dir, 'ferry.en.md')} (story 1).`);
    writeFileSync(join(dir, 'ferry-updated.en.md'), page('The night ferry returns on Tuesday, a day late.'));
    const updated = await diptych(['import', join(dir, 'ferry-updated.en.md'), '--db', archive]);
    expect(updated.code).toBe(0);
    expect(updated.stderr).toContain(`Already in the archive at the same address: ${join(dir, 'ferry-updated.en.md')} (story 1). Its text differs from the stored version, which is kept.`);
    const json = JSON.parse((await diptych(['import', join(dir, 'ferry-updated.en.md'), '--db', archive, '--json'])).stdout);
    expect(json.duplicates).toEqual([expect.objectContaining({ story: 1, by: 'url' })]);
  });

  it.each([
    [['show', '1', '2'], '2'],
    [['delete', '1', '2'], '2'],
    [['stats', 'extra'], 'extra'],
    [['align', '1', 'a.en.txt', 'b.uk.txt', '--from', 'en', '--to', 'uk'], 'b.uk.txt'],
  ])('refuses an argument %j has no use for, naming it, and changes nothing', async (args, extra) => {
    const before = readFileSync(db);
    const result = await diptych([...args, '--db', db]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`Unexpected argument “${extra}” after “${args[0]}”. Run diptych --help.\n`);
    expect(readFileSync(db).equals(before)).toBe(true);
  });
});
