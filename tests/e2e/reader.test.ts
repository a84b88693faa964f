// The side-by-side reader in a browser: en|uk in aligned rows, a sentence lighting up its
// counterpart, the interleaved layout, an Arabic column beside an English one, a repaired pair
// that survives a reload, and a search result opened at its paragraph with terms highlighted.
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Database } from 'better-sqlite3';
import { importPaths } from '../../src/main/core/pipeline/import';
import type { ParsedBlock, ParsedVersion } from '../../src/main/core/import/parsed';
import { emptyReport } from '../../src/main/core/pipeline/report';
import { newStoryUnit } from '../../src/main/core/pipeline/store-stories';
import { ArchiveWriter } from '../../src/main/core/pipeline/writer';
import { WordAnalyzer } from '../../src/main/core/search/analyze';
import { movedVariants, variantsOf } from '../align/variants';
import { CAN_RUN_BROWSER, openApp, screenshot } from './harness/browser';
import { startBrowserSession, type BrowserSession } from './harness/session';
import { ARABIC_SEED } from './reader-arabic';

const SEED = resolve(__dirname, '../fixtures/seed');

/** Tops of the two cells of every row: counterparts start at the same height. */
async function cellTops(page: Page): Promise<[number, number][]> {
  return page.locator('.aligned-row').evaluateAll((rows) =>
    rows.map((row) => {
      const l = row.querySelector('.cell-left')!.getBoundingClientRect().top;
      const r = row.querySelector('.cell-right')!.getBoundingClientRect().top;
      return [Math.round(l), Math.round(r)] as [number, number];
    }),
  );
}

describe.skipIf(!CAN_RUN_BROWSER)('the side-by-side reader', () => {
  let session: BrowserSession;
  let story: number;
  let variantStory: number;
  let movedStory: number;

  /** The seed, an Arabic version of it, a variant with merged and split pairs, a moved paragraph. */
  function fill(db: Database): void {
    const report = importPaths(db, [SEED]);
    story = report.imported[0]!.story;
    const analyzer = new WordAnalyzer();
    const version = (lang: string, blocks: ParsedBlock[], original: boolean, place: string | null = null): ParsedVersion => ({
      lang,
      original,
      provenance: 'human',
      headline: blocks[0]!.text,
      agency: 'UNN',
      place,
      publishedAt: null,
      url: null,
      blocks,
    });
    const store = (name: string, versions: ParsedVersion[], into?: number): number => {
      const stored = emptyReport();
      const writer = new ArchiveWriter(db, into === undefined ? {} : { translationOf: into }, stored);
      const unit = newStoryUnit({ name, versions }, analyzer);
      if (into === undefined) writer.storeNewStory(unit);
      else writer.store(unit);
      writer.close();
      return stored.imported[0]!.story;
    };
    store('seed-ar', [version('ar', ARABIC_SEED, false, 'كييف')], story);
    // A translation that merged two paragraphs and split another, of an original with an editor's
    // note added: rows of 2–1, 1–2 and 1–0, one of them uncertain.
    const variant = variantsOf('mixed', 'en', 'uk').find((v) => v.label === 'split-from@15,merge-to@9,add-from@4')!;
    variantStory = store('variant', [version('en', variant.from, true), version('uk', variant.to, false)]);
    // A translation with paragraph 5 moved three places down.
    const movedVariant = movedVariants().find((v) => v.langFrom === 'en' && v.langTo === 'uk' && v.label === 'moved 5→8')!;
    // The headline differs from the seed's, so the archive takes it as a version of its own.
    const en = movedVariant.from.map((b, i) => (i === 0 ? { ...b, text: `${b.text}: an edited copy` } : b));
    movedStory = store('moved', [version('en', en, true), version('uk', movedVariant.to, false)]);
  }

  beforeAll(async () => {
    session = await startBrowserSession('reader', fill);
  });
  afterAll(() => session?.close());

  const open = (query: string, options?: { colorScheme?: 'light' | 'dark' }) =>
    openApp(session.browser, `${session.server.url}#/story/${story}?${query}`, { ...options, height: 900 });

  it('sets English and Ukrainian side by side, each pair in one row starting at the same height', async () => {
    const { page, errors } = await open('left=en&right=uk');
    await expect.poll(() => page.locator('.aligned-row').count(), { timeout: 15_000 }).toBe(16);
    const tops = await cellTops(page);
    for (const [l, r] of tops) expect(Math.abs(l - r)).toBeLessThanOrEqual(1);
    expect(await page.locator('.aligned-row').nth(3).locator('.cell-right').innerText()).toMatch(/^Союзники по НАТО/u);
    await screenshot(page, 'reader-en-uk-side-by-side');
    // Swap with one key: Ukrainian on the left.
    await page.keyboard.press('s');
    await expect.poll(() => page.locator('.aligned-row').first().locator('.cell-left').getAttribute('lang')).toBe('uk');
    expect(await page.locator('.aligned-row').nth(3).locator('.cell-left').innerText()).toMatch(/^Союзники по НАТО/u);
    expect(page.url()).toContain('left=uk');
    // And back with the button.
    await page.getByRole('button', { name: 'Swap sides' }).click();
    await expect.poll(() => page.locator('.aligned-row').first().locator('.cell-left').getAttribute('lang')).toBe('en');
    expect(errors).toEqual([]);
  });

  it('lights up the counterpart of the sentence under the pointer, and brings it into view on a click', async () => {
    const { page, errors } = await open('left=en&right=uk', { colorScheme: 'dark' });
    const row = page.locator('.aligned-row').nth(6);
    await expect.poll(() => row.locator('.cell-left .sentence').count()).toBe(5);
    await row.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    const third = row.locator('.cell-left .sentence').nth(2);
    expect(await third.innerText()).toBe("It doesn't happen like that.");
    await third.hover();
    const counterpart = row.locator('.cell-right .sentence.counterpart');
    await expect.poll(() => counterpart.count()).toBe(1);
    expect(await counterpart.innerText()).toBe('Так це не відбувається.');
    await screenshot(page, 'reader-hover-sentence');
    await third.click();
    await expect.poll(() => row.locator('.cell-right .sentence.flash').innerText()).toBe('Так це не відбувається.');
    // From the keyboard: the pair is one Tab stop, → walks its sentences.
    await page.mouse.move(0, 0);
    await row.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => row.locator('.cell-right .sentence.counterpart').innerText()).toBe('Давайте... бомбити Росію“.');
    expect(errors).toEqual([]);
  });

  it('interleaves each paragraph with its translation, and follows the layout chosen in the menu', async () => {
    const { page, errors } = await open('left=en&right=et');
    await page.getByRole('radio', { name: 'Interleaved' }).click();
    await expect.poll(() => page.locator('.aligned-rows.mode-interleaved').count()).toBe(1);
    const [left, right] = await page
      .locator('.aligned-row')
      .nth(3)
      .evaluate((row) => [row.querySelector('.cell-left')!.getBoundingClientRect(), row.querySelector('.cell-right')!.getBoundingClientRect()].map((r) => ({ top: r.top, bottom: r.bottom })));
    expect(right!.top).toBeGreaterThanOrEqual(left!.bottom - 1);
    await screenshot(page, 'reader-interleaved');
    session.server.emit('menuCommand', { command: 'reader.layout.translationOnly' });
    await expect.poll(() => page.locator('.aligned-rows.mode-translationOnly').count()).toBe(1);
    expect(await page.locator('.cell-left').count()).toBe(0);
    expect(await page.locator('.aligned-row').first().locator('.cell').getAttribute('lang')).toBe('et');
    session.server.emit('menuCommand', { command: 'reader.layout.sideBySide' });
    await expect.poll(() => page.locator('.aligned-rows.mode-sideBySide').count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('lays an Arabic version out right to left beside an English one', async () => {
    const { page, errors } = await open('left=en&right=ar');
    await expect.poll(() => page.locator('.aligned-row').count()).toBe(16);
    const right = page.locator('.aligned-row').nth(3).locator('.cell-right');
    expect(await right.getAttribute('dir')).toBe('rtl');
    expect(await right.evaluate((el) => el.ownerDocument.defaultView!.getComputedStyle(el).direction)).toBe('rtl');
    const left = page.locator('.aligned-row').nth(3).locator('.cell-left');
    expect(await left.evaluate((el) => el.ownerDocument.defaultView!.getComputedStyle(el).direction)).toBe('ltr');
    // Right to left: the Arabic text hugs the right edge of its column.
    const [cellBox, textBox] = await right.evaluate((el) => {
      const range = el.ownerDocument.createRange();
      range.selectNodeContents(el.querySelector('p')!);
      const rects = [...range.getClientRects()];
      return [el.getBoundingClientRect().right, Math.max(...rects.map((r) => r.right))];
    });
    expect(Math.abs(cellBox! - textBox!)).toBeLessThan(4);
    await screenshot(page, 'reader-en-ar-rtl');
    const tops = await cellTops(page);
    expect(tops.filter(([l, r]) => Math.abs(l - r) > 1)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('keeps a repaired pair, marked as the reader’s own, across a reload, and undoes it', async () => {
    const { page, errors } = await open('left=en&right=uk');
    await expect.poll(() => page.locator('.aligned-row').count()).toBe(16);
    await page.getByRole('button', { name: 'Repair pairs' }).click();
    await page.locator('.aligned-row').nth(9).getByRole('button', { name: 'Merge with the next pair' }).click();
    await expect.poll(() => page.locator('.aligned-row').count()).toBe(15);
    await page.reload();
    await expect.poll(() => page.locator('.aligned-row').count()).toBe(15);
    const merged = page.locator('.aligned-row').nth(9);
    expect(await merged.getAttribute('class')).toContain('by-reader');
    expect(await merged.locator('.cell-left .block').count()).toBe(2);
    expect(await merged.locator('.cell-right .block').count()).toBe(2);
    expect(await merged.getByLabel('Paired by you').count()).toBe(1);
    await merged.scrollIntoViewIfNeeded();
    await screenshot(page, 'reader-repaired-after-reload');
    // Link a paragraph to a different counterpart, in repair mode: click one, then the other.
    await page.getByRole('button', { name: 'Repair pairs' }).click();
    await page.locator('.aligned-row').nth(12).locator('.cell-left .block').click();
    await expect.poll(() => page.locator('.block.selected').count()).toBe(1);
    await screenshot(page, 'reader-repair-mode');
    await page.locator('.aligned-row').nth(13).locator('.cell-right .block').click();
    await expect.poll(() => page.locator('.aligned-row.by-reader').count()).toBe(2);
    await page.getByRole('button', { name: 'Undo repair' }).click();
    await expect.poll(() => page.locator('.aligned-row.by-reader').count()).toBe(1);
    await page.getByRole('button', { name: 'Undo repair' }).click();
    await expect.poll(() => page.locator('.aligned-row').count()).toBe(16);
    expect(await page.locator('.aligned-row.by-reader').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('opens at the paragraph a search found, with the words the core matched highlighted', async () => {
    const { page, errors } = await open(`left=en&right=uk&lang=uk&block=12&q=${encodeURIComponent('Естонія премʼєр*')}`);
    await expect.poll(() => page.locator('.aligned-row.target').count()).toBe(1);
    const target = page.locator('.aligned-row.target');
    expect(await target.getAttribute('data-row')).toBe('12');
    await expect.poll(() => target.locator('.cell-right mark').count()).toBeGreaterThan(0);
    // Any apostrophe matches any apostrophe: "премʼєр*" finds "прем'єр-міністр" in paragraph 11.
    expect(await page.locator('.aligned-row').nth(11).locator('mark').allInnerTexts()).toContain("прем'єр");
    const box = await target.boundingBox();
    expect(box!.y).toBeGreaterThan(0);
    expect(box!.y).toBeLessThan(900);
    await screenshot(page, 'reader-search-target');
    expect(errors).toEqual([]);
  });

  it('shows merged, split and unmatched paragraphs in their rows, and marks the uncertain ones', async () => {
    const { page, errors } = await openApp(session.browser, `${session.server.url}#/story/${variantStory}?left=en&right=uk`, { height: 900 });
    await expect.poll(() => page.locator('.aligned-row').count(), { timeout: 10_000 }).toBeGreaterThan(10);
    const merged = page.locator('.aligned-row').filter({ has: page.locator('.cell-left .block:nth-child(2)') });
    expect(await merged.count()).toBeGreaterThanOrEqual(2);
    const lonely = page.locator('.aligned-row').filter({ has: page.locator('.cell-right.empty-cell') });
    expect(await lonely.count()).toBe(1);
    expect(await lonely.locator('.cell-left').innerText()).toMatch(/Read also|being updated|Earlier, UNN|Subscribe/u);
    expect(await lonely.locator('.cell-right').innerText()).toBe('No counterpart in this version');
    await expect.poll(() => page.locator('.uncertain-mark').count()).toBeGreaterThan(0);
    expect(await page.locator('.uncertain-count').innerText()).toMatch(/uncertain pair/u);
    await page.locator('.aligned-row').nth(2).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'reader-merged-split-unmatched');
    expect(errors).toEqual([]);
  });

  it('points from a moved paragraph to where its counterpart went', async () => {
    const { page, errors } = await openApp(session.browser, `${session.server.url}#/story/${movedStory}?left=en&right=uk`, { height: 900 });
    const pointer = page.getByRole('button', { name: 'Moved: its counterpart is further down ↓' });
    await expect.poll(() => pointer.count(), { timeout: 10_000 }).toBe(1);
    await pointer.scrollIntoViewIfNeeded();
    await pointer.click();
    const up = page.getByRole('button', { name: 'Moved: its counterpart is further up ↑' });
    expect(await up.count()).toBe(1);
    // The pointer sits where the Ukrainian paragraph is missing; the Ukrainian paragraph lights up.
    await expect.poll(() => page.locator('.cell-right .block.target-block').count()).toBe(1);
    expect(await page.locator('.cell-right .block.target-block').innerText()).toMatch(/^В інтерв’ю Financial Times/u);
    await screenshot(page, 'reader-moved-paragraph');
    expect(errors).toEqual([]);
  });

  it('moves from pair to pair with the keyboard', async () => {
    const { page } = await open('left=en&right=uk');
    await expect.poll(() => page.locator('.aligned-row').count()).toBe(16);
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await expect.poll(() => page.locator('.aligned-row.current').getAttribute('data-row')).toBe('2');
    await page.keyboard.press('k');
    await expect.poll(() => page.locator('.aligned-row.current').getAttribute('data-row')).toBe('1');
    // Scrolled away with the wheel, j continues from what is on screen, not from pair 1.
    await page.locator('.aligned-row').nth(10).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.keyboard.press('j');
    await expect.poll(async () => Number(await page.locator('.aligned-row.current').getAttribute('data-row'))).toBeGreaterThanOrEqual(9);
  });
});
