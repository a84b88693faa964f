// The CLI speaks the user's language the way command-line tools do; checked as a real process.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliUiLanguage } from '../../src/main/cli/ui-language';
import en from '../../src/shared/locales/en.json';
import { seedPath } from '../support/archive';
import { runDiptych, type CliResult } from '../support/run-cli';

/** With only the locale variables given (none inherited). */
const diptych = (args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliResult> => runDiptych(args, env);

describe('choosing the language of messages', () => {
  it.each([
    [{ LANG: 'uk_UA.UTF-8' }, undefined, 'uk'],
    [{ LANG: 'et_EE.UTF-8' }, undefined, 'et'],
    [{ LANG: 'de_DE@euro' }, undefined, 'de'],
    [{ LC_ALL: 'pl_PL.UTF-8', LC_MESSAGES: 'uk_UA.UTF-8', LANG: 'de_DE.UTF-8' }, undefined, 'pl'],
    [{ LC_MESSAGES: 'fr_FR.UTF-8', LANG: 'de_DE.UTF-8' }, undefined, 'fr'],
    [{ LC_ALL: '', LANG: 'et_EE.UTF-8' }, undefined, 'et'],
    [{ LANG: 'C.UTF-8' }, undefined, 'en'],
    [{ LC_ALL: 'POSIX', LANG: 'uk_UA.UTF-8' }, undefined, 'en'],
    [{ LANG: 'ru_RU.UTF-8' }, undefined, 'en'],
    [{}, undefined, 'en'],
    [{ LANGUAGE: 'et:uk', LANG: 'uk_UA.UTF-8' }, undefined, 'et'],
    [{ LANGUAGE: 'ru:uk', LANG: 'en_US.UTF-8' }, undefined, 'uk'],
    [{ LANGUAGE: 'uk', LANG: 'C' }, undefined, 'en'],
    [{ LANG: 'uk_UA.UTF-8' }, 'pl', 'pl'],
    [{ LANG: 'uk_UA.UTF-8' }, 'fr-CA', 'fr'],
  ] as const)('%j with --ui-lang %s → %s', (env, override, expected) => {
    expect(cliUiLanguage(env, override)).toBe(expected);
  });
});

describe('the diptych command in the user’s language', () => {
  let dir: string;
  let db: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'diptych-cli-lang-'));
    db = join(dir, 'archive.db');
    expect((await diptych(['import', seedPath('en'), seedPath('uk'), seedPath('et'), '--db', db])).code).toBe(0);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('LANG=uk_UA.UTF-8 diptych stats answers in Ukrainian, with Ukrainian numbers and language names', async () => {
    const { code, stdout } = await diptych(['stats', '--db', db], { LANG: 'uk_UA.UTF-8' });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Статей: 1, версій: 3, блоків: \d+, на диску: [\d,]+\s(кБ|КБ)\n/u);
    expect(stdout).toContain('Українська (uk): 1');
  });

  it('LC_ALL wins over LANG, and --ui-lang over both', async () => {
    const et = await diptych(['show', '999', '--db', db], { LC_ALL: 'et_EE.UTF-8', LANG: 'uk_UA.UTF-8' });
    expect(et).toMatchObject({ code: 1, stderr: 'Arhiivis pole midagi ID-ga 999.\n' });
    const pl = await diptych(['show', '999', '--db', db, '--ui-lang', 'pl'], { LC_ALL: 'et_EE.UTF-8' });
    expect(pl).toMatchObject({ code: 1, stderr: 'W archiwum nie ma niczego o identyfikatorze 999.\n' });
  });

  it('refuses an interface language it does not ship, naming those it does, in the locale’s language', async () => {
    const unknown = await diptych(['stats', '--db', db, '--ui-lang', 'xx'], { LANG: 'uk_UA.UTF-8' });
    expect(unknown).toMatchObject({ code: 2, stdout: '' });
    expect(unknown.stderr).toBe('Параметр --ui-lang приймає одне зі значень: en, uk, et, de, fr, pl.\n');
    expect((await diptych(['stats', '--db', db, '--ui-lang=pt-BR'])).code).toBe(2);
    // A regional tag of a shipped language is that language.
    const austrian = await diptych(['show', '999', '--db', db, '--ui-lang', 'de-AT']);
    expect(austrian).toMatchObject({ code: 1, stderr: expect.stringContaining('999') });
    expect(austrian.stderr).not.toMatch(/nothing/iu);
  });

  it('usage errors and help are translated too, never Node’s English', async () => {
    const bad = await diptych(['list', '--frobnicate', '--db', db], { LANG: 'de_DE.UTF-8' });
    expect(bad).toMatchObject({ code: 2, stderr: 'Unbekannte Option „--frobnicate“. Siehe diptych --help.\n' });
    const help = await diptych(['--help'], { LANG: 'fr_FR.UTF-8' });
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Utilisation\u00a0: diptych <commande> \[options\]/u);
    expect(help.stdout).toContain('afficher cette aide');
  });

  it('prints a story with its language and provenance in the reader’s words', async () => {
    const { stdout } = await diptych(['show', '1', '--lang', 'uk', '--db', db], { LANG: 'uk_UA.UTF-8' });
    expect(stdout.split('\n')[0]).toBe('── Українська · Переклад · офіційний ──');
  });

  it('with an unsupported or C locale speaks English', async () => {
    const { stdout } = await diptych(['stats', '--db', db], { LANG: 'C.UTF-8' });
    expect(stdout.startsWith(en.cli.statsLine.split(',')[0]!.replace('{{stories}}', '1'))).toBe(true);
  });
});
