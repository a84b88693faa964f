// `diptych export` run as a real process: each format to a file or to standard output, the report
// on standard error (or as JSON), a missing language as one line and exit 1, bad usage as exit 2,
// `--query` taking exactly the search's stories; progress on standard error for long exports.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repairStoryAlignment } from '../../src/main/core/align/story-alignment';
import { openArchive } from '../../src/main/core/db/open';
import { importPaths } from '../../src/main/core/pipeline/import';
import { progressPrinter } from '../../src/main/cli/commands/export';
import { runCli } from '../../src/main/cli/main';
import type { CliContext } from '../../src/main/cli/context';
import { createI18n } from '../../src/shared/i18n/create';
import { SEED_DIR } from '../support/archive';
import { runDiptych } from '../support/run-cli';
import { readDelimited, readTmx, TRANSLATE_TOOLKIT, XMLLINT, xmllintErrors } from './read-back';

const PAGES = resolve(__dirname, '../fixtures/import/pages');

describe('diptych export', () => {
  let dir: string;
  let db: string;
  const run = (...args: string[]) => runDiptych([...args, '--db', db]);

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'diptych-cli-export-'));
    db = join(dir, 'archive.db');
    const archive = openArchive(db);
    importPaths(archive, [SEED_DIR], { originalLang: 'en' });
    const ferry = importPaths(archive, [PAGES]).imported[0]!.story;
    repairStoryAlignment(archive, ferry, 'en', 'uk', { op: 'merge', pair: 2 });
    archive.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes each format to --out and reports it in one line', async () => {
    for (const format of ['tmx', 'xliff', 'csv', 'tsv']) {
      const out = join(dir, `all.${format}`);
      const r = await run('export', '--format', format, '--from', 'en', '--to', 'uk', '--out', out);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(new RegExp(`^${format.toUpperCase()} export written to .*all\\.${format} \\(stories: 2, pairs: \\d+\\)\\.\\n`, 'u'));
      if (XMLLINT && (format === 'tmx' || format === 'xliff')) expect(xmllintErrors(out)).toBe('');
    }
    const rows = readDelimited(join(dir, 'all.csv'), ',');
    expect(rows.filter((r) => r.by_reader === 'true').map((r) => [r.story, r.from_blocks, r.to_blocks])).toEqual([['2', '2+3', '2+3']]);
    expect(readDelimited(join(dir, 'all.tsv'), '\t')).toEqual(rows);
  });

  it('writes to standard output without --out, the same as the file', async () => {
    const r = await run('export', '--format', 'csv', '--from', 'en', '--to', 'uk');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(dir, 'all.csv'), 'utf8'));
    expect(r.stderr).toMatch(/^CSV export written to standard output \(stories: 2, pairs: \d+\)\.\n/u);
  });

  it.runIf(TRANSLATE_TOOLKIT)('gives more units with --sentences, and the report as JSON with --json', async () => {
    const out = join(dir, 'sentences.tmx');
    const r = await run('export', '1', '--format', 'tmx', '--from', 'uk', '--to', 'et', '--sentences', '--out', out, '--json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ exported: 1, file: out, format: 'tmx', from: 'uk', to: 'et', segmentation: 'sentence', skipped: { missingLanguage: 0 } });
    const tmx = readTmx(out);
    expect(tmx.units).toHaveLength(report.units);
    const paragraphs = JSON.parse((await run('export', '1', '--format', 'tmx', '--from', 'uk', '--to', 'et', '--out', join(dir, 'p.tmx'), '--json')).stdout);
    expect(report.units).toBeGreaterThan(paragraphs.units);
    expect(tmx.header.segtype).toBe('sentence');
  });

  it('exports what the search shows with --query', async () => {
    const shown = JSON.parse((await run('search', 'Tallinn', '--json')).stdout).stories.map((s: { id: number }) => s.id);
    const out = join(dir, 'query.csv');
    const r = await run('export', '--query', 'Tallinn', '--format', 'csv', '--from', 'en', '--to', 'et', '--out', out);
    expect(r.code).toBe(0);
    expect([...new Set(readDelimited(out, ',').map((row) => Number(row.story)))]).toEqual(shown);
  });

  it('says in one line when a story lacks a language, and exits 1 writing nothing', async () => {
    const out = join(dir, 'missing.tmx');
    writeFileSync(out, 'kept');
    const one = await run('export', '1', '--format', 'tmx', '--from', 'en', '--to', 'fr', '--out', out);
    expect(one).toEqual({ code: 1, stdout: '', stderr: 'Story 1 has no version in fr.\n' });
    expect(readFileSync(out, 'utf8')).toBe('kept');
    const all = await run('export', '--format', 'csv', '--from', 'de', '--to', 'uk');
    expect(all).toEqual({ code: 1, stdout: '', stderr: 'No story has versions in both languages, de and uk (stories: 2); nothing was exported.\n' });
    const uk = await runDiptych(['export', '--format', 'csv', '--from', 'de', '--to', 'uk', '--db', db, '--ui-lang', 'uk']);
    expect(uk.stderr).toBe('Жодна стаття не має версій обома мовами, de і uk (статей: 2); нічого не експортовано.\n');
  });

  it.each([
    [['--format', 'xls'], 'The option --format takes one of: json, tmx, xliff, csv, tsv.'],
    [['--format', 'tmx', '--from', 'en'], '“export --format tmx” needs --from TAG --to TAG.'],
    [['--sentences'], '--sentences applies only to tmx, xliff, csv, tsv.'],
    [['--format', 'csv', '--from', 'en', '--to', 'uk', '--min-confidence', '1.5'], '--min-confidence takes a number from 0 to 1, not “1.5”.'],
    [['1', '--query', 'Kallas'], 'Give story ids or --query, not both.'],
    [['--format', 'tmx', '--from', 'en', '--to', 'uk', '--no-bom'], '--no-bom applies only to csv, tsv.'],
    [['--format', 'tmx', '--from', 'uk', '--to', 'uk'], '--from and --to name the same language (uk).'],
  ])('refuses bad usage with exit 2: %j', async (args, message) => {
    // In-process: the usage is refused before the archive is opened.
    const out = { stdout: '', stderr: '' };
    const io = { stdout: { write: (s: string) => (out.stdout += s) }, stderr: { write: (s: string) => (out.stderr += s) }, env: { LANG: 'C.UTF-8' } };
    expect(await runCli(['export', ...args, '--db', db], io)).toBe(2);
    expect(out).toEqual({ stdout: '', stderr: `${message}\n` });
  });
});

describe('export progress', () => {
  const ctx = (lines: string[]): CliContext => ({ t: createI18n('en').t, uiLang: 'en', err: (l: string) => lines.push(l) }) as unknown as CliContext;
  const progress = { done: 1234, total: 100_000, stories: 1200, units: 15_000 };

  it('says nothing for an export shorter than a second, then a line every few seconds in a log', () => {
    const lines: string[] = [];
    let now = 0;
    const p = progressPrinter(ctx(lines), { isTTY: false, write: () => {} }, () => now);
    now = 900;
    p.update(progress);
    expect(lines).toEqual([]);
    now = 5_100;
    p.update(progress);
    now = 6_000;
    p.update(progress);
    expect(lines).toEqual(['Exporting… stories: 1,234 of 100,000, pairs: 15,000']);
  });

  it('redraws one line on a terminal and clears it at the end', () => {
    const written: string[] = [];
    let now = 0;
    const p = progressPrinter(ctx([]), { isTTY: true, write: (s: string) => written.push(s) }, () => now);
    now = 1_500;
    p.update(progress);
    p.finish();
    expect(written).toEqual(['\rExporting… stories: 1,234 of 100,000, pairs: 15,000\u001b[K', '\r\u001b[K']);
  });
});
