// Exporting from the window: the pair on screen through the toolbar (and the menu), into the file
// the save dialog gave (the harness stands in for main's native one), read back and compared with
// the stored alignment; the results of a search, with the stories lacking a language counted; a
// search where no story has both languages, said in one line; a long export cancelled, leaving no
// file. The dialog in light and dark, checked by axe.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import type { Page } from 'playwright-core';
import type { Database } from 'better-sqlite3';
import { getStoryAlignment, repairStoryAlignment } from '../../src/main/core/align/story-alignment';
import { importPaths } from '../../src/main/core/pipeline/import';
import { searchStoryIds } from '../../src/main/core/search/search';
import { getStory } from '../../src/main/core/stories/repository';
import { expectAccessible } from './harness/axe';
import { CAN_RUN_BROWSER, openApp, screenshot } from './harness/browser';
import { startBrowserSession, type BrowserSession } from './harness/session';
import { storeHarbourReports } from './export-fill';
import { searching } from '../support/searching';

const SEED = resolve(__dirname, '../fixtures/seed');
const HARBOUR_REPORTS = 6000;

/** The units a pair export of `story` must hold: each stored pair with both sides, its blocks' texts joined. */
function expectedUnits(db: Database, story: number, from: string, to: string) {
  const versions = getStory(db, story).versions;
  const text = (lang: string, blocks: number[]): string =>
    blocks.map((b) => versions.find((v) => v.lang === lang)!.blocks[b]!.text).join(' ');
  return getStoryAlignment(db, story, from, to)
    .pairs.filter((p) => p.from.length > 0 && p.to.length > 0)
    .map((p) => ({ from: text(from, p.from), to: text(to, p.to), byReader: p.byReader }));
}

interface TmxUnit {
  '@changeid'?: string;
  tuv: { '@xml:lang': string; seg: string }[];
}

function readTmx(file: string): TmxUnit[] {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false, trimValues: false, isArray: (name) => ['tu', 'tuv', 'prop'].includes(name) });
  const doc = parser.parse(readFileSync(file, 'utf8')) as { tmx: { body: { tu: TmxUnit[] } } };
  return doc.tmx.body.tu;
}

const exportsIn = (session: BrowserSession): string[] => readdirSync(session.server.exportDir).sort();

describe.skipIf(!CAN_RUN_BROWSER)('exporting from the window', () => {
  let session: BrowserSession;
  let seed: number;

  function fill(db: Database, dir: string): void {
    seed = importPaths(db, [SEED]).imported[0]!.story;
    // A pair the reader repaired: marked as theirs in the export.
    repairStoryAlignment(db, seed, 'en', 'uk', { op: 'merge', pair: 2 });
    const lone = (name: string, text: string): void => {
      const file = join(dir, name);
      writeFileSync(file, text);
      importPaths(db, [file]);
    };
    lone('lone.en.txt', 'A lone English report\nTallinn • Baltic Wire\nIt has no translation.\nNone at all.');
    lone('lone.uk.txt', 'Самотній український звіт\nКиїв • УНН\nВін не має перекладу.\nЖодного.');
    storeHarbourReports(db, HARBOUR_REPORTS, 12);
  }

  beforeAll(async () => {
    session = await startBrowserSession('export', fill);
  }, 60_000);
  afterAll(() => session?.close());

  const dialogOf = (page: Page, name: string) => page.getByRole('dialog', { name });

  it('exports the pair on screen as TMX: one unit per aligned pair, texts exact, the repair marked', async () => {
    const { page, errors } = await openApp(session.browser, `${session.server.url}#/story/${seed}?left=en&right=uk`);
    await expect.poll(() => page.locator('.aligned-row').count(), { timeout: 15_000 }).toBeGreaterThan(10);
    await page.getByRole('button', { name: 'Export pair…' }).click();
    const dialog = dialogOf(page, 'Export pair');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    const what = dialog.getByTestId('export-what');
    expect(await what.locator('[lang="en"]').innerText()).toMatch(/^Estonian Prime Minister: NATO's training of soldiers/u);
    expect(await what.locator('p').last().innerText()).toBe('Languages: English and Ukrainian.');
    expect(await dialog.getByRole('radio', { name: /^TMX/u }).isChecked()).toBe(true);
    await screenshot(page, 'export-dialog-light');
    await expectAccessible(page, 'export dialog (light)', '.export-dialog');

    await dialog.getByRole('button', { name: 'Save as…' }).click();
    const report = dialog.getByTestId('export-report');
    await expect.poll(() => report.isVisible(), { timeout: 15_000 }).toBe(true);
    const expected = expectedUnits(session.db, seed, 'en', 'uk');
    const name = exportsIn(session).find((f) => f.endsWith('-en-uk.tmx'))!;
    expect(name).toMatch(/^Estonian-Prime-Minister-NATO-s-training/u);
    expect(await report.locator('.export-summary').innerText()).toBe(`Written to ${name}: ${expected.length} pairs from 1 stories.`);

    const units = readTmx(join(session.server.exportDir, name));
    expect(units.map((u) => ({ from: u.tuv[0]!.seg, to: u.tuv[1]!.seg, byReader: u['@changeid'] === 'reader' }))).toEqual(expected);
    expect(units.map((u) => u.tuv.map((t) => t['@xml:lang']))).toEqual(expected.map(() => ['en', 'uk']));
    expect(expected.filter((u) => u.byReader)).toHaveLength(1);
    // The window never saw the path: only the file's name.
    expect(await report.innerText()).not.toContain(session.server.exportDir);
    expect(errors).toEqual([]);
  });

  it('opens from the menu in the dark, and writes CSV with a BOM, or sentence pairs', async () => {
    const { page, errors } = await openApp(session.browser, `${session.server.url}#/story/${seed}?left=uk&right=et`, { colorScheme: 'dark' });
    await expect.poll(() => page.locator('.aligned-row').count(), { timeout: 15_000 }).toBeGreaterThan(10);
    session.server.emit('menuCommand', { command: 'reader.exportPair' });
    const dialog = dialogOf(page, 'Export pair');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await dialog.getByRole('radio', { name: /^CSV/u }).check();
    expect(await dialog.getByRole('checkbox', { name: /byte order mark/u }).isChecked()).toBe(true);
    await screenshot(page, 'export-dialog-dark');
    await expectAccessible(page, 'export dialog (dark)', '.export-dialog');
    await dialog.getByRole('button', { name: 'Save as…' }).click();
    await expect.poll(() => dialog.getByTestId('export-report').isVisible(), { timeout: 15_000 }).toBe(true);
    const csv = exportsIn(session).find((f) => f.endsWith('-uk-et.csv'))!;
    const bytes = readFileSync(join(session.server.exportDir, csv));
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const rows = parse(bytes, { bom: true, columns: true }) as Record<string, string>[];
    const expected = expectedUnits(session.db, seed, 'uk', 'et');
    expect(rows.map((r) => [r.from_text, r.to_text])).toEqual(expected.map((u) => [u.from, u.to]));

    // Sentence pairs: more units than paragraph pairs, into a second file.
    await dialog.getByRole('radio', { name: /^TSV/u }).check();
    await dialog.getByRole('radio', { name: 'Sentence pairs' }).check();
    await dialog.getByRole('button', { name: 'Save as…' }).click();
    await expect.poll(() => exportsIn(session).some((f) => f.endsWith('-uk-et.tsv')), { timeout: 15_000 }).toBe(true);
    const tsv = exportsIn(session).find((f) => f.endsWith('-uk-et.tsv'))!;
    const sentences = parse(readFileSync(join(session.server.exportDir, tsv)), { bom: true, columns: true, delimiter: '\t' }) as unknown[];
    expect(sentences.length).toBeGreaterThan(rows.length);
    await expect.poll(() => dialog.locator('.export-summary').innerText()).toBe(`Written to ${tsv}: ${sentences.length} pairs from 1 stories.`);
    expect(errors).toEqual([]);
  });

  it('exports what a search found, counting the stories that lack a language', async () => {
    const query = 'Kallas OR lone';
    const found = searchStoryIds(searching(session.db), query, 'relevance').storyIds;
    expect(found).toHaveLength(2);
    const { page, errors } = await openApp(session.browser, `${session.server.url}#/search?q=${encodeURIComponent(query)}`);
    const button = page.getByRole('button', { name: 'Export results…' });
    await expect.poll(() => button.isEnabled(), { timeout: 15_000 }).toBe(true);
    await button.click();
    const dialog = dialogOf(page, 'Export results');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.getByTestId('export-what').innerText()).toBe('Stories found by “Kallas OR lone”: 2.');
    await dialog.getByLabel('From', { exact: true }).selectOption({ label: 'English' });
    await dialog.getByLabel('To', { exact: true }).selectOption({ label: 'Ukrainian' });
    await dialog.getByRole('radio', { name: /^XLIFF/u }).check();
    await screenshot(page, 'export-dialog-results');
    await dialog.getByRole('button', { name: 'Save as…' }).click();
    const report = dialog.getByTestId('export-report');
    await expect.poll(() => report.isVisible(), { timeout: 15_000 }).toBe(true);
    const expected = expectedUnits(session.db, seed, 'en', 'uk');
    const xlf = exportsIn(session).find((f) => f.endsWith('.xlf'))!;
    expect(xlf).toBe('Kallas-OR-lone-en-uk.xlf');
    expect(await report.locator('.export-summary').innerText()).toBe(`Written to ${xlf}: ${expected.length} pairs from 1 stories.`);
    expect(await report.locator('.export-notes li').allInnerTexts()).toEqual(['Stories skipped for lacking English or Ukrainian: 1.']);
    const xliff = readFileSync(join(session.server.exportDir, xlf), 'utf8');
    expect(xliff.match(/<file /gu)).toHaveLength(1);
    expect(xliff.match(/<trans-unit /gu)).toHaveLength(expected.length);

    // JSON takes the stories whole, every version, whatever their languages.
    await dialog.getByRole('radio', { name: /^JSON/u }).check();
    expect(await dialog.getByLabel('From', { exact: true }).isDisabled()).toBe(true);
    await dialog.getByRole('button', { name: 'Save as…' }).click();
    await expect.poll(() => exportsIn(session).includes('Kallas-OR-lone-en-uk.json'), { timeout: 15_000 }).toBe(true);
    const json = JSON.parse(readFileSync(join(session.server.exportDir, 'Kallas-OR-lone-en-uk.json'), 'utf8')) as { stories: { versions: { lang: string }[] }[] };
    expect(json.stories.map((s) => s.versions.map((v) => v.lang).sort())).toEqual([['en', 'et', 'uk'], ['en']]);
    await expect.poll(() => report.locator('.export-summary').innerText()).toBe('Written to Kallas-OR-lone-en-uk.json: 2 stories.');
    expect(errors).toEqual([]);
  });

  it('says in one line when no story found has both languages, and writes nothing', async () => {
    const before = exportsIn(session);
    const { page, errors } = await openApp(session.browser, `${session.server.url}#/search?q=${encodeURIComponent('lone OR Самотній')}`);
    const button = page.getByRole('button', { name: 'Export results…' });
    await expect.poll(() => button.isEnabled(), { timeout: 15_000 }).toBe(true);
    await button.click();
    const dialog = dialogOf(page, 'Export results');
    await dialog.getByLabel('From', { exact: true }).selectOption({ label: 'English' });
    await dialog.getByLabel('To', { exact: true }).selectOption({ label: 'Ukrainian' });
    await dialog.getByRole('button', { name: 'Save as…' }).click();
    const alert = dialog.getByRole('alert');
    await expect.poll(() => alert.isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await alert.innerText()).toBe('No story has versions in both languages, en and uk (stories: 2); nothing was exported.');
    expect(exportsIn(session)).toEqual(before);
    expect(errors).toEqual([]);
  });

  it('cancels a long export, leaving no file', async () => {
    const before = exportsIn(session);
    const { page, errors } = await openApp(session.browser, `${session.server.url}#/search?q=harbour`);
    const button = page.getByRole('button', { name: 'Export results…' });
    await expect.poll(() => button.isEnabled(), { timeout: 20_000 }).toBe(true);
    await button.click();
    const dialog = dialogOf(page, 'Export results');
    await dialog.getByLabel('From', { exact: true }).selectOption({ label: 'English' });
    await dialog.getByLabel('To', { exact: true }).selectOption({ label: 'Estonian' });
    await dialog.getByRole('button', { name: 'Save as…' }).click();
    // Part way: some stories done, pairs counted.
    const counts = dialog.getByTestId('export-progress-counts');
    await expect
      .poll(async () => /^Stories: [\d,]+ of 6,000 · pairs written: [1-9][\d,]*$/u.test((await counts.textContent()) ?? ''), { timeout: 20_000, interval: 50 })
      .toBe(true);
    expect(Number(await dialog.getByRole('progressbar', { name: 'Export progress' }).getAttribute('max'))).toBe(HARBOUR_REPORTS);
    await screenshot(page, 'export-progress');
    await dialog.getByRole('button', { name: 'Cancel export' }).click();
    await expect.poll(() => dialog.getByText('The export was cancelled: no file was written.').isVisible(), { timeout: 20_000 }).toBe(true);
    // The focus, on Cancel until it went, is on what happened.
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('export-outcome');
    // Neither the file nor a partial one beside it.
    expect(exportsIn(session)).toEqual(before);
    expect(errors).toEqual([]);
  });
});
