// The reader for daily work, in headless Chromium against the real core: a line per version saying
// what it is (agency, place in the interface's script, date, provenance, tags, file, address),
// Copy citation and Copy pair; the address opened only after a yes; the toolbar in one row at
// 1024 px in every shipped language; two columns down to 700 px, stacked below and said so; the
// counterpart column in the interface's language until the reader orders theirs; the pair kept per
// story; the window titled with the story; one Tab stop per pair; Esc back to search and library.
// Screens shot at 1280×800, 800×600 and 420×800 in light and dark, each checked by axe.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { importSources } from '../../src/main/core/pipeline/import';
import { seedSampleStories } from '../../src/main/core/sample/seed-samples';
import { UI_LANGUAGES } from '../../src/shared/i18n/resources';
import { SAMPLE_DIR } from '../support/archive';
import { expectAccessible } from './harness/axe';
import { CAN_RUN_BROWSER, openApp, screenshot } from './harness/browser';
import { startBrowserSession, type BrowserSession } from './harness/session';

const markdown = (name: string, front: Record<string, string>, headline: string, body: string) => ({
  name,
  bytes: new TextEncoder().encode(`---\n${Object.entries(front).map(([k, v]) => `${k}: ${v}`).join('\n')}\n---\n# ${headline}\n\n${body}\n`),
});

const SIZES = [
  [1280, 800],
  [800, 600],
  [420, 800],
] as const;

/** The page at each size in both themes: a screenshot of each, and axe on each. */
async function shootEverywhere(page: Page, name: string, check?: (width: number) => Promise<void>): Promise<void> {
  for (const [width, height] of SIZES) {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme });
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      await check?.(width);
      await screenshot(page, `${name}-${width}-${colorScheme}`);
      await expectAccessible(page, `${name} at ${width} px, ${colorScheme}`);
    }
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ colorScheme: 'light' });
}

const noSideScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describe.skipIf(!CAN_RUN_BROWSER)('the reader for daily work', () => {
  let session: BrowserSession;
  let gas: number;
  let wind: number;
  let guide: number;

  const setSettings = (change: Record<string, unknown>) =>
    fetch(`${session.server.url}api/updateSettings`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(change) });

  beforeAll(async () => {
    session = await startBrowserSession('reader-daily', (db) => {
      expect(seedSampleStories(db, SAMPLE_DIR).outcome).toBe('seeded');
      const report = importSources(db, [
        markdown(
          'gas.en.md',
          { lang: 'en', source: 'ERR', place: 'Tallinn', date: '2024-03-01', url: 'https://news.err.ee/1609270000/gas-prices', tags: '[energy, baltics]' },
          'Gas prices in the Baltics',
          'Kaja Kallas spoke about gas prices.\n\nKallas said the winter will be hard. Prices rose twice.',
        ),
        markdown(
          'gas.uk.md',
          { lang: 'uk', source: 'ERR', place: 'Таллінн', date: '2024-03-01', provenance: 'machine', original: 'false' },
          'Ціни на газ у Балтії',
          'Кая Каллас говорила про ціни на газ.\n\nКаллас сказала, що зима буде важкою. Ціни зросли вдвічі.',
        ),
        markdown(
          'gas.et.md',
          { lang: 'et', source: 'ERR', place: 'Tallinn', date: '2024-03-01', provenance: 'human', original: 'false' },
          'Gaasihinnad Baltimaades',
          'Kaja Kallas rääkis gaasihindadest.\n\nKallas ütles, et talv tuleb raske. Hinnad tõusid kaks korda.',
        ),
        markdown('wind.md', { lang: 'pl', source: 'PAP', date: '2023-11-20' }, 'Farmy wiatrowe na morzu', 'Morskie farmy wiatrowe rosną na Bałtyku.'),
      ]);
      expect(report.failed).toEqual([]);
      gas = db.prepare("SELECT story_id FROM versions WHERE source_file LIKE '%gas.en.md'").pluck().get() as number;
      wind = db.prepare("SELECT story_id FROM versions WHERE source_file LIKE '%wind.md'").pluck().get() as number;
      guide = db.prepare("SELECT id FROM stories WHERE kind = 'guide' ORDER BY id LIMIT 1").pluck().get() as number;
      expect(db.prepare('SELECT COUNT(*) FROM versions WHERE story_id = ?').pluck().get(gas)).toBe(3);
    });
  });
  afterAll(() => session?.close());

  it('says what each version is, copies a citation and the pair, and opens the address only after a yes', async () => {
    const { page, errors } = await openApp(session.browser, `${session.server.url}#/story/${gas}?left=en&right=uk`, { height: 800 });
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.server.url });
    const metas = page.locator('.version-meta');
    await expect.poll(() => metas.count(), { timeout: 10_000 }).toBe(2);
    const [en, uk] = [await metas.nth(0).innerText(), await metas.nth(1).innerText()];
    expect(en).toMatch(/ERR\s+Tallinn\s+March 1, 2024\s+Original/u);
    expect(en).toContain('#energy');
    expect(en).toContain('#baltics');
    expect(en).toContain('File: gas.en.md');
    expect(en).toContain('news.err.ee/1609270000/gas-prices');
    expect(uk).toMatch(/machine translation/u);
    await shootEverywhere(page, 'reader-metadata');

    await metas.nth(0).getByRole('button', { name: 'Copy citation' }).click();
    await expect.poll(() => metas.nth(0).getByRole('status').innerText()).toBe('Copied');
    const today = new Intl.DateTimeFormat('en-US', { dateStyle: 'long' }).format(new Date());
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `ERR. “Gas prices in the Baltics”. Tallinn, March 1, 2024. Accessed ${today}. https://news.err.ee/1609270000/gas-prices`,
    );
    await metas.nth(1).getByRole('button', { name: 'Copy citation' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('ERR. “Ціни на газ у Балтії”. Ukrainian, machine translation. Tallinn, March 1, 2024.');

    // Copy pair: the pair moved to with j, both texts.
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await page.getByRole('button', { name: 'Copy pair' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(
      'Kaja Kallas spoke about gas prices.\n\n———\n\nКая Каллас говорила про ціни на газ.',
    );

    // The address: a question first; No leaves it; Yes hands it to the shell.
    const opened = () => page.evaluate(() => (window as unknown as { __diptychOpened: string[] }).__diptychOpened);
    await metas.nth(0).getByRole('button', { name: 'news.err.ee/1609270000/gas-prices' }).click();
    const question = page.getByRole('group', { name: 'Open news.err.ee in your web browser?' });
    await expect.poll(() => question.isVisible()).toBe(true);
    await screenshot(page, 'reader-open-address-question');
    await expectAccessible(page, 'the address question');
    await question.getByRole('button', { name: 'Cancel' }).click();
    expect(await opened()).toEqual([]);
    await metas.nth(0).getByRole('button', { name: 'news.err.ee/1609270000/gas-prices' }).click();
    await question.getByRole('button', { name: 'Open', exact: true }).click();
    await expect.poll(opened).toEqual(['https://news.err.ee/1609270000/gas-prices']);
    expect(errors).toEqual([]);
  });

  it('names places in the interface’s script and dates in its way', async () => {
    await setSettings({ uiLanguage: 'uk' });
    try {
      const { page, errors } = await openApp(session.browser, `${session.server.url}#/story/${gas}?left=en&right=uk`, { height: 800 });
      const metas = page.locator('.version-meta');
      await expect.poll(() => metas.count(), { timeout: 10_000 }).toBe(2);
      await expect.poll(() => metas.nth(0).innerText()).toMatch(/ERR\s+Таллінн\s+1 березня 2024 р\.\s+Оригінал/u);
      expect(await metas.nth(1).innerText()).toMatch(/машинний переклад/u);
      await screenshot(page, 'reader-metadata-uk');
      expect(errors).toEqual([]);
    } finally {
      await setSettings({ uiLanguage: null });
    }
  });

  it('keeps the toolbar in one row at 1024 px in every shipped language, Export pair… among its actions', async () => {
    const { page, errors } = await openApp(session.browser, `${session.server.url}#/story/${gas}?left=en&right=et`, { width: 1024, height: 700 });
    const row = page.locator('.reader-toolbar-row');
    try {
      for (const lang of UI_LANGUAGES) {
        await setSettings({ uiLanguage: lang });
        await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang);
        await expect.poll(() => page.locator('.version-meta').count(), { timeout: 10_000 }).toBe(2);
        const { below, free } = await row.evaluate((el) => {
          const kids = [...el.children].map((c) => c.getBoundingClientRect()).filter((r) => r.width > 0);
          const gap = parseFloat(getComputedStyle(el).columnGap) || 0;
          const used = kids.reduce((sum, r) => sum + r.width, 0) + gap * (kids.length - 1);
          // A control on a second row starts below the bottom of the first one.
          const firstBottom = Math.min(...kids.map((r) => r.bottom));
          return { below: kids.filter((r) => r.top >= firstBottom - 1).length, free: el.getBoundingClientRect().width - used };
        });
        if (lang === 'uk' || lang === 'et' || lang === 'de') await screenshot(page, `reader-toolbar-1024-${lang}`);
        expect(below, `one row in ${lang}`).toBe(0);
        expect(free, `nothing cut off in ${lang}`).toBeGreaterThanOrEqual(0);
        expect(await row.locator('.reader-export').isVisible(), `Export pair… in the row in ${lang}`).toBe(true);
      }
      // Repair tools take a second row only while repairing.
      await page.locator('.reader-repair').click();
      await expect.poll(() => page.locator('.reader-repair-tools').count()).toBe(1);
      await screenshot(page, 'reader-toolbar-1024-repairing');
      await page.locator('.reader-repair-tools button').last().click();
      await expect.poll(() => page.locator('.reader-repair-tools').count()).toBe(0);
    } finally {
      await setSettings({ uiLanguage: null });
    }
    expect(errors).toEqual([]);
  });

  it('sets two columns side by side down to 700 px, and below stacks them with the switch saying so', async () => {
    const { page, errors } = await openApp(session.browser, `${session.server.url}#/story/${gas}?left=en&right=uk`, { width: 720, height: 600 });
    await expect.poll(() => page.locator('.aligned-rows.mode-sideBySide').count(), { timeout: 10_000 }).toBe(1);
    const sideBySide = page.getByRole('radio', { name: 'Side by side' });
    const interleaved = page.getByRole('radio', { name: 'Interleaved' });
    expect(await sideBySide.getAttribute('aria-checked')).toBe('true');
    await page.setViewportSize({ width: 420, height: 800 });
    await expect.poll(() => page.locator('.aligned-rows.mode-interleaved').count()).toBe(1);
    expect(await interleaved.getAttribute('aria-checked')).toBe('true');
    expect(await sideBySide.getAttribute('aria-checked')).toBe('false');
    expect(await sideBySide.isDisabled()).toBe(true);
    expect(await noSideScroll(page)).toBe(true);
    await screenshot(page, 'reader-stacked-420');
    // Wide again, the reader's choice comes back.
    await page.setViewportSize({ width: 800, height: 600 });
    await expect.poll(() => sideBySide.getAttribute('aria-checked')).toBe('true');
    expect(errors).toEqual([]);
  });

  it('starts the counterpart column from the interface language, and remembers the pair chosen for a story', async () => {
    try {
      for (const [lang, beside] of [
        ['uk', 'uk'],
        ['et', 'et'],
        ['fr', 'fr'],
        ['pl', 'pl'],
        ['de', 'de'],
      ] as const) {
        await setSettings({ uiLanguage: lang });
        const { page, errors } = await openApp(session.browser, `${session.server.url}#/story/${guide}`, { height: 800 });
        const cells = page.locator('.aligned-row').first().locator('.cell');
        await expect.poll(() => cells.count(), { timeout: 10_000 }).toBe(2);
        expect([await cells.nth(0).getAttribute('lang'), await cells.nth(1).getAttribute('lang')], `in ${lang}`).toEqual(['en', beside]);
        if (lang === 'uk') await screenshot(page, 'reader-languages-follow-uk');
        expect(errors).toEqual([]);
        await page.context().close();
      }
      // The reader picks Estonian beside the original in a German interface; it stays for this story.
      const { page, errors } = await openApp(session.browser, `${session.server.url}#/story/${guide}`, { height: 800 });
      const right = page.locator('.language-picker select').nth(1);
      await expect.poll(() => right.inputValue(), { timeout: 10_000 }).toBe('de');
      await right.selectOption('et');
      await expect.poll(() => page.locator('.aligned-row').first().locator('.cell-right').getAttribute('lang')).toBe('et');
      await page.goto(`${session.server.url}#/`);
      await page.goto(`${session.server.url}#/story/${guide}`);
      await expect.poll(() => right.inputValue(), { timeout: 10_000 }).toBe('et');
      expect(errors).toEqual([]);
    } finally {
      await setSettings({ uiLanguage: null });
    }
  });

  it('titles the window with the story, lands the focus on it, and makes each pair one Tab stop', async () => {
    const { page, errors } = await openApp(session.browser, `${session.server.url}#/story/${gas}?left=en&right=uk`, { height: 800 });
    await expect.poll(() => page.title(), { timeout: 10_000 }).toBe('Gas prices in the Baltics — Diptych');
    await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('reader-body');
    await expect.poll(() => page.locator('.aligned-row').count()).toBe(3);
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('pair-0');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('pair-1');
    expect(await page.locator('.aligned-row.current').getAttribute('data-row')).toBe('1');
    // → walks the pair's sentences, lighting the counterpart.
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('.aligned-row').nth(1).locator('.cell-right .sentence.counterpart').innerText()).toBe('Кая Каллас говорила про ціни на газ.');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('pair-2');
    // Tab leaves the story at once: no stop on each paragraph, and nothing left lit.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.aligned-rows'))).toBeNull();
    expect(await page.locator('.sentence.counterpart, .cell.counterpart').count()).toBe(0);
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('pair-2');

    // Back in the library the title is the app's again.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.title()).toBe('Diptych');
    expect(errors).toEqual([]);
  });

  it('shows a one-version story with one language picker, and Esc goes back to the search and to the library', async () => {
    const { page, errors } = await openApp(session.browser, `${session.server.url}#/search?q=wiatrowe`, { height: 800 });
    const option = page.getByRole('listbox', { name: 'Search results' }).locator('[role="option"]').first();
    await expect.poll(() => option.count(), { timeout: 10_000 }).toBe(1);
    await option.click();
    await expect.poll(() => page.url()).toContain(`#/story/${wind}`);
    await expect.poll(() => page.locator('.language-picker').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Swap sides' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Back to the search' }).count()).toBe(1);
    await expectAccessible(page, 'a one-version story');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.url()).toMatch(/#\/search\?q=wiatrowe/u);

    await page.goto(`${session.server.url}#/`);
    const row = page.getByRole('list', { name: 'Stories in the archive' }).locator('.story-row').first();
    await expect.poll(() => row.count(), { timeout: 10_000 }).toBe(1);
    await row.click();
    await expect.poll(() => page.url()).toMatch(/#\/story\/\d+/u);
    await expect.poll(() => page.getByRole('button', { name: 'Back to the library' }).count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('heading', { name: 'Library' }).isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });
});
