// What the CLI prints of archive content: control characters in stored text never reach the
// terminal, and a language tag finds a version the same way in every command (`en` finds en-GB).
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDiptych, type CliResult } from '../support/run-cli';

const diptych = (args: string[]): Promise<CliResult> => runDiptych(args, { LANG: 'C.UTF-8' });

/** ESC, BEL, CR and C1 controls: what a terminal would obey. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u;

describe('the CLI’s text output of archive content', { timeout: 90_000 }, () => {
  let dir: string;
  let db: string;
  /** A story of an en-GB and a uk version, imported with --original uk-UA. */
  let tags: string;
  let tagged: CliResult;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'diptych-content-'));
    db = join(dir, 'archive.db');
    // Imports leave control characters out; an archive written before they did may hold them.
    const plain = 'Text [2J]0;pwned more, in a paragraph long enough to read as prose to the importer.';
    writeFileSync(join(dir, 'esc.en.txt'), `Headline\nTallinn • ERR\n${plain}\n`);
    writeFileSync(join(dir, 'gb.en-GB.txt'), 'Minister visits Tallinn\nTallinn • ERR\nThe minister arrived on Monday.\nShe met the president.\n');
    writeFileSync(join(dir, 'gb.uk.txt'), 'Міністр відвідала Таллінн\nТаллінн • УНН\nМіністр прибула в понеділок.\nВона зустрілася з президентом.\n');
    const imported = await diptych(['import', join(dir, 'esc.en.txt'), '--db', db]);
    expect(imported.code).toBe(0);
    const archive = new Database(db);
    archive.prepare('UPDATE blocks SET text = ? WHERE text = ?').run(plain.replace('[2J]0;pwned ', '\u001b[2J\u001b]0;pwned\u0007 '), plain);
    archive.close();
    tags = join(dir, 'tags.db');
    tagged = await diptych(['import', join(dir, 'gb.en-GB.txt'), join(dir, 'gb.uk.txt'), '--original', 'uk-UA', '--db', tags]);
    expect(tagged.code).toBe(0);
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('shows stored ESC and BEL as signs in show, search and list, and keeps them in --json', async () => {
    const shown = await diptych(['show', '1', '--db', db]);
    const found = await diptych(['search', 'Text', '--db', db]);
    const listed = await diptych(['list', '--db', db]);
    for (const r of [shown, found, listed]) {
      expect(r.code).toBe(0);
      expect(r.stdout).not.toMatch(CONTROL);
      expect(r.stdout).toContain('Headline');
    }
    for (const r of [shown, found]) expect(r.stdout).toContain('Text ␛[2J␛]0;pwned␇ more');
    const json = JSON.parse((await diptych(['show', '1', '--json', '--db', db])).stdout);
    expect(json.versions[0].blocks[2].text).toContain('Text \u001b[2J\u001b]0;pwned\u0007 more');
  });

  it('names a file in uk the original for --original uk-UA, without saying none was in uk-UA', async () => {
    expect(tagged.stderr).not.toContain('uk-UA');
    const listed = JSON.parse((await diptych(['list', '--json', '--db', tags])).stdout);
    const original = listed.stories[0].versions.filter((v: { original: boolean }) => v.original);
    expect(original.map((v: { lang: string }) => v.lang)).toEqual(['uk']);
  });

  it('shows the en-GB version for show --lang en, whatever the case', async () => {
    const shown = await diptych(['show', '1', '--lang', 'EN', '--db', tags]);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain('# Minister visits Tallinn');
    expect(shown.stdout).not.toContain('Міністр');
  });

  it('aligns the en-GB version for --from en, and the uk one for --to uk-UA', async () => {
    const aligned = await diptych(['align', '1', '--from', 'en', '--to', 'uk-UA', '--json', '--db', tags]);
    expect(aligned.code).toBe(0);
    expect(JSON.parse(aligned.stdout)).toMatchObject({ from: 'en-GB', to: 'uk', pairs: expect.any(Array) });
    const none = await diptych(['align', '1', '--from', 'en', '--to', 'fr', '--db', tags]);
    expect(none).toMatchObject({ code: 1, stderr: 'Story 1 has no version in fr.\n' });
  });

  it('needs both --from and --to to align a stored story, even one of two versions', async () => {
    for (const given of [['--from', 'uk'], ['--to', 'uk'], []]) {
      const r = await diptych(['align', '1', ...given, '--db', tags]);
      expect(r).toMatchObject({ code: 2, stdout: '', stderr: '“align” needs --from TAG --to TAG.\n' });
    }
  });
});
