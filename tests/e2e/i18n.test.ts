// Switching the interface language while a story is open: en → uk (settings) → et (the native
// menu's path: an API call from outside the page) → en (settings). Nothing reloads, the story,
// its scroll position and an open dialog stay; no English is left on screen; screenshots of each.
// Then a right-to-left pseudo-locale flips the layout.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Database } from 'better-sqlite3';
import { openArchive } from '../../src/main/core/db/open';
import { importPaths } from '../../src/main/core/pipeline/import';
import { LOCALE_RESOURCES, type UiLanguage } from '../../src/shared/i18n/resources';
import { startApiServer, type ApiServer } from './harness/api-server';
import { CAN_RUN_BROWSER, launchBrowser, openApp, screenshot } from './harness/browser';

const SEED = resolve(__dirname, '../fixtures/seed');
type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    if (typeof v === 'string') out.set(`${prefix}${k}`, v);
    else for (const [kk, vv] of flatten(v, `${prefix}${k}.`)) out.set(kk, vv);
  }
  return out;
}

/** English interface strings that `lang` says differently, as patterns ({{x}} matches anything). */
function englishPatterns(lang: UiLanguage): RegExp[] {
  const english = flatten(LOCALE_RESOURCES.en as unknown as Tree);
  const other = flatten(LOCALE_RESOURCES[lang] as unknown as Tree);
  return [...english]
    .filter(([key, text]) => other.get(key) !== text && /\p{L}{2,}/u.test(text.replace(/\{\{[^}]*\}\}/gu, '')))
    .map(([, text]) => {
      const body = text
        .split(/\{\{[^}]*\}\}/u)
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'))
        .join('.+?');
      return new RegExp(`^${body}$`, 'u');
    });
}

/**
 * The interface's own visible text: text nodes and labels, leaving out content, which carries its
 * own [lang]. Runs in the page (as source text: this project's Node types have no DOM).
 */
const INTERFACE_TEXT = `(() => {
  const texts = [];
  const isContent = (el) => {
    const owner = el.closest('[lang]');
    return owner !== null && owner !== document.documentElement;
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    const el = node.parentElement;
    const text = node.textContent.trim();
    if (!el || !text || isContent(el) || !el.checkVisibility() || el.closest('.skip-link')) continue;
    texts.push(text);
  }
  for (const el of document.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
    if (isContent(el)) continue;
    for (const attr of ['aria-label', 'title', 'placeholder', 'alt']) {
      const value = (el.getAttribute(attr) || '').trim();
      if (value) texts.push(value);
    }
  }
  return texts;
})()`;

const inPage = <T>(page: Page, source: string): Promise<T> => page.evaluate(source) as Promise<T>;
const htmlLang = (page: Page): Promise<string> => inPage(page, 'document.documentElement.lang');

async function interfaceText(page: Page): Promise<string[]> {
  return inPage<string[]>(page, INTERFACE_TEXT);
}

/** The story paragraph in the middle of the left column, and where it sits on screen. */
async function paragraphInView(page: Page): Promise<{ text: string; top: number }> {
  return inPage(
    page,
    `(() => {
      const main = document.querySelector('.app-main').getBoundingClientRect();
      const el = document.elementFromPoint(main.left + main.width / 4, main.top + main.height / 2);
      const block = el && el.closest('[lang]');
      return block ? { text: block.textContent, top: block.getBoundingClientRect().top } : { text: '', top: 0 };
    })()`,
  );
}

async function expectNoEnglish(page: Page, lang: UiLanguage): Promise<void> {
  const patterns = englishPatterns(lang);
  const texts = await interfaceText(page);
  expect(texts.length).toBeGreaterThan(5);
  expect(texts.filter((t) => patterns.some((p) => p.test(t)))).toEqual([]);
}

async function chooseInSettings(page: Page, autonym: string): Promise<void> {
  await page.locator('.settings-open').click();
  await page.locator('.settings-dialog').getByLabel(autonym, { exact: true }).check();
}

describe.skipIf(!CAN_RUN_BROWSER)('the interface in the reader’s language', () => {
  let dir: string;
  let db: Database;
  let server: ApiServer;
  let browser: Browser;
  let storyId: number;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'diptych-e2e-i18n-'));
    db = openArchive(join(dir, 'archive.db'));
    const report = importPaths(db, [SEED]);
    expect(report.imported).toHaveLength(3);
    storyId = report.imported[0]!.story;
    server = await startApiServer(db, join(dir, 'archive.db'));
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    db?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('switches en → uk → et → en with a story open, keeping its place, with nothing left in English', async () => {
    const { page, errors } = await openApp(browser, `${server.url}#/story/${storyId}`, { height: 600 });
    const headings = page.locator('.story-row-pair').first().locator('h1');
    await expect.poll(() => headings.count()).toBe(2);
    const storyText = await page.locator('.story-columns').innerText();
    await page.locator('.app-main').evaluate((el) => (el.scrollTop = 400));
    const scrolled = await page.locator('.app-main').evaluate((el) => el.scrollTop);
    expect(scrolled).toBeGreaterThan(300);
    const inView = await paragraphInView(page);
    expect(inView.text.length).toBeGreaterThan(20);
    // Survives only if the page is never reloaded.
    await inPage(page, 'window.marker = 42');
    await screenshot(page, 'i18n-1-en');

    const stillInPlace = async (): Promise<void> => {
      expect(await inPage(page, 'window.marker')).toBe(42);
      expect(await page.locator('.story-columns').innerText()).toBe(storyText);
      // The same paragraph at the same place on screen. (scrollTop itself may move: when the
      // toolbar above grows in a longer language, the browser anchors the text where it was.)
      const now = await paragraphInView(page);
      expect(now.text).toBe(inView.text);
      expect(Math.abs(now.top - inView.top)).toBeLessThanOrEqual(2);
    };

    // en → uk from the settings dialog: the dialog itself switches while open.
    await chooseInSettings(page, 'Українська');
    await expect.poll(() => htmlLang(page)).toBe('uk');
    await expect.poll(() => page.locator('.settings-dialog h2').textContent()).toBe('Налаштування');
    await screenshot(page, 'i18n-2-uk-settings');
    await expectNoEnglish(page, 'uk');
    await page.locator('.settings-dialog').getByRole('button', { name: 'Закрити' }).click();
    await stillInPlace();
    await expectNoEnglish(page, 'uk');
    await screenshot(page, 'i18n-3-uk');

    // uk → et the way the native menu does it: main calls the API, the event reaches the window.
    const viaMenu = await fetch(`${server.url}api/updateSettings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ uiLanguage: 'et' }),
    }).then((r) => r.json());
    expect(viaMenu).toMatchObject({ ok: true, value: { uiLanguage: 'et' } });
    await expect.poll(() => htmlLang(page)).toBe('et');
    await expect.poll(() => page.locator('.story-toolbar button').first().getAttribute('aria-label')).toBe('Tagasi kogusse');
    await stillInPlace();
    await expectNoEnglish(page, 'et');
    await screenshot(page, 'i18n-4-et');

    // et → en, and everything English again.
    await chooseInSettings(page, 'English');
    await expect.poll(() => htmlLang(page)).toBe('en');
    await page.locator('.settings-dialog').getByRole('button', { name: 'Close' }).click();
    await stillInPlace();
    expect(await page.locator('.story-toolbar button').first().getAttribute('aria-label')).toBe('Back to the library');
    await screenshot(page, 'i18n-5-en-again');
    expect(errors).toEqual([]);
  });

  it('keeps the search and its results when the language changes', async () => {
    const { page, errors } = await openApp(browser, server.url);
    const box = page.locator('#search-input');
    await box.fill('Kallas');
    const results = page.locator('.search-result:not(.placeholder)');
    await expect.poll(() => results.count()).toBeGreaterThan(0);
    const found = await results.count();
    await inPage(page, 'window.marker = 7');

    for (const [lang, autonym, label] of [
      ['uk', 'Українська', 'Знайдено 1 статтю'],
      ['et', 'Eesti', 'Leiti 1 artikkel'],
    ] as const) {
      await chooseInSettings(page, autonym);
      await page.locator('.settings-dialog .settings-close').click();
      await expect.poll(() => htmlLang(page)).toBe(lang);
      await expect.poll(() => page.getByText(label, { exact: true }).count()).toBe(1);
      expect(await box.inputValue()).toBe('Kallas');
      expect(await results.count()).toBe(found);
      expect(await inPage(page, 'window.marker')).toBe(7);
      await expectNoEnglish(page, lang);
      await screenshot(page, `i18n-search-${lang}`);
    }
    await chooseInSettings(page, 'English');
    await page.locator('.settings-dialog .settings-close').click();
    await expect.poll(() => page.getByText('1 story found', { exact: true }).count()).toBe(1);
    expect(await box.inputValue()).toBe('Kallas');
    expect(errors).toEqual([]);
  });

  it('keeps the choice: a new window opens in the chosen language, not the browser’s', async () => {
    const first = await fetch(`${server.url}api/updateSettings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ uiLanguage: 'pl' }),
    }).then((r) => r.json() as Promise<{ ok: boolean }>);
    expect(first.ok).toBe(true);
    const { page, errors } = await openApp(browser, server.url, { locale: 'de-DE' });
    await expect.poll(() => htmlLang(page)).toBe('pl');
    await expect.poll(() => page.getByRole('list', { name: 'Artykuły w archiwum' }).count()).toBe(1);
    await expectNoEnglish(page, 'pl');
    await screenshot(page, 'i18n-6-pl-library');
    expect(errors).toEqual([]);
  });

  it('shows the reader’s reading languages beside the original, rearranged from settings', async () => {
    await fetch(`${server.url}api/updateSettings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ uiLanguage: 'en', readingLanguages: ['uk', 'en'] }),
    });
    const { page, errors } = await openApp(browser, `${server.url}#/story/${storyId}`);
    const columns = page.locator('.story-row-pair').first().locator('[lang]');
    await expect.poll(() => columns.count()).toBe(2);
    // The original (English) on the left, the first reading language it has beside it.
    expect([await columns.nth(0).getAttribute('lang'), await columns.nth(1).getAttribute('lang')]).toEqual(['en', 'uk']);

    await page.locator('.settings-open').click();
    const dialog = page.locator('.settings-dialog');
    await dialog.getByLabel('Add a reading language').selectOption('et');
    await dialog.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => dialog.locator('.reading-language-name').allTextContents()).toEqual(['Ukrainian', 'English', 'Estonian']);
    await dialog.getByRole('button', { name: 'Move Estonian up' }).click();
    await dialog.getByRole('button', { name: 'Move Estonian up' }).click();
    await expect.poll(() => dialog.locator('.reading-language-name').allTextContents()).toEqual(['Estonian', 'Ukrainian', 'English']);
    await screenshot(page, 'i18n-reading-languages');
    await dialog.getByRole('button', { name: 'Close' }).click();
    // Estonian now comes first: it takes the place beside the original, with nothing reloaded.
    await expect.poll(() => columns.nth(1).getAttribute('lang')).toBe('et');
    expect(await columns.nth(0).getAttribute('lang')).toBe('en');
    expect(errors).toEqual([]);
  });

  it('follows the operating system’s languages on the first run', async () => {
    const fresh = openArchive(':memory:');
    const firstRun = await startApiServer(fresh, ':memory:', { systemLanguages: ['ja-JP', 'et-EE', 'en-US'] });
    try {
      const { page, errors } = await openApp(browser, firstRun.url);
      await expect.poll(() => htmlLang(page)).toBe('et');
      await expect.poll(() => page.getByText('Arhiiv on tühi. Alustamiseks impordi artikleid.').count()).toBe(1);
      await expectNoEnglish(page, 'et');
      await page.locator('.settings-open').click();
      await expect.poll(() => page.locator('.settings-dialog').getByLabel('Nagu süsteemis (eesti)').isChecked()).toBe(true);
      await screenshot(page, 'i18n-first-run-et');
      expect(errors).toEqual([]);
    } finally {
      await firstRun.close();
      fresh.close();
    }
  });

  it('flips the layout for a right-to-left language (pseudo-locale)', async () => {
    const { page, errors } = await openApp(browser, `${server.url}?pseudo=rtl#/story/${storyId}`);
    await expect.poll(() => inPage(page, 'document.documentElement.dir')).toBe('rtl');
    const headings = page.locator('.story-row-pair').first().locator('h1');
    await expect.poll(() => headings.count()).toBe(2);
    const width = page.viewportSize()!.width;
    // Nothing hangs off the start edge (which in RTL would scroll the whole page sideways).
    expect(await inPage<number>(page, 'document.documentElement.scrollWidth')).toBeLessThanOrEqual(width);
    // The settings button sits at the end of the header: the left side in RTL.
    const settings = (await page.locator('.settings-open').boundingBox())!;
    expect(settings.x + settings.width).toBeLessThan(width / 2);
    // The first column (the original) is on the right.
    const [first, second] = [(await headings.nth(0).boundingBox())!, (await headings.nth(1).boundingBox())!];
    expect(first.x).toBeGreaterThan(second.x);
    await screenshot(page, 'i18n-7-rtl-pseudo');

    // The library and the settings dialog flip too: the language list reads from the right.
    await page.locator('.story-toolbar button').first().click();
    await expect.poll(() => page.locator('.story-row').count()).toBeGreaterThan(0);
    const row = (await page.locator('.story-row').first().boundingBox())!;
    const chip = (await page.locator('.story-row .lang-chip').first().boundingBox())!;
    expect(chip.x + chip.width).toBeGreaterThan(row.x + row.width - 60);
    await page.locator('.settings-open').click();
    const radio = (await page.locator('.settings-dialog input[type=radio]').first().boundingBox())!;
    const dialog = (await page.locator('.settings-dialog').boundingBox())!;
    expect(radio.x).toBeGreaterThan(dialog.x + dialog.width / 2);
    await screenshot(page, 'i18n-8-rtl-pseudo-settings');
    expect(await inPage<number>(page, 'document.documentElement.scrollWidth')).toBeLessThanOrEqual(width);
    expect(errors).toEqual([]);
  });
});
