// Daily work in search and the library, as a reader meets it in headless Chromium against the real
// core: the first-run guide after the reader's own stories and removed from Settings in one
// action; the hint when a date filter leaves undated stories out; ↓/↑ from hit to hit, a result
// opened and Esc back to the same hit with the query still in the box; facets edited on the
// query's tree; the library narrowed by language, agency, year and tag; the native menu's
// commands. Every state is shot at 1280×800 and 420×800 in light and dark, and checked by axe.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { importPaths, importSources } from '../../src/main/core/pipeline/import';
import { moveVersionToStory } from '../../src/main/core/pipeline/move';
import { seedSampleStories } from '../../src/main/core/sample/seed-samples';
import { searchHighlights } from '../../src/main/core/search/search';
import { SAMPLE_DIR, SEED_DIR } from '../support/archive';
import { expectAccessible } from './harness/axe';
import { CAN_RUN_BROWSER, openApp, screenshot } from './harness/browser';
import { startBrowserSession, type BrowserSession } from './harness/session';
import { searching } from '../support/searching';

const markdown = (name: string, front: Record<string, string>, headline: string, body: string) => ({
  name,
  bytes: new TextEncoder().encode(`---\n${Object.entries(front).map(([k, v]) => `${k}: ${v}`).join('\n')}\n---\n# ${headline}\n\n${body}\n`),
});

/** The page as it is now, at both sizes in both themes: a screenshot of each, and axe on each. */
async function shootEverywhere(page: Page, name: string, arrange?: () => Promise<void>): Promise<void> {
  for (const width of [1280, 420]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.setViewportSize({ width, height: 800 });
      await page.emulateMedia({ colorScheme });
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      await arrange?.();
      await screenshot(page, `${name}-${width}-${colorScheme}`);
      await expectAccessible(page, `${name} at ${width} px, ${colorScheme}`);
    }
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ colorScheme: 'light' });
}

const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search' });
const results = (page: Page) => page.getByRole('listbox', { name: 'Search results' });
const selected = (page: Page) => results(page).locator('[role="option"][aria-selected="true"]');

describe.skipIf(!CAN_RUN_BROWSER)('search and the library for daily work', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await startBrowserSession('daily', (db) => {
      expect(seedSampleStories(db, SAMPLE_DIR).outcome).toBe('seeded');
      expect(importPaths(db, [SEED_DIR]).imported).toHaveLength(3);
      const report = importSources(db, [
        markdown('gas.en.md', { lang: 'en', source: 'ERR', place: 'Tallinn', date: '2024-03-01', tags: '[energy]' }, 'Gas prices in the Baltics', 'Kaja Kallas spoke about gas prices. Kallas said the winter will be hard.'),
        markdown('gas.et.md', { lang: 'et', source: 'ERR', place: 'Tallinn', date: '2024-03-01' }, 'Gaasihinnad Baltimaades', 'Kaja Kallas rääkis gaasihindadest. Kallas ütles, et talv tuleb raske.'),
        markdown('wind.md', { lang: 'en', source: 'Reuters', date: '2023-11-20', tags: '[energy, climate]' }, 'Wind farms at sea', 'Offshore wind farms are growing in the Baltic Sea.'),
      ]);
      expect(report.failed).toEqual([]);
    });
  });
  afterAll(() => session?.close());

  it('says how many undated stories a date filter leaves out', async () => {
    const { page, errors } = await openApp(session.browser, `${session.server.url}#/search?q=${encodeURIComponent('Kallas after:2020')}`, { height: 800 });
    // The seed story and the guide carry no date: the one dated story with Kallas is found, and the hint says the rest were left out.
    await expect.poll(() => page.getByText('1 story found').isVisible()).toBe(true);
    await expect.poll(() => page.getByText(/The date filter leaves out \d+ stories that have no date\./u).isVisible()).toBe(true);
    await shootEverywhere(page, 'search-date-hint');
    // Nothing found: said plainly, and no empty listbox for a screen reader to fall into.
    await searchBox(page).fill('zqxjkv');
    await expect.poll(() => page.getByText('Nothing matches “zqxjkv”.').isVisible()).toBe(true);
    expect(await page.getByRole('listbox').count()).toBe(0);
    await expectAccessible(page, 'search with no results');
    expect(errors).toEqual([]);
  });

  it('steps through the results hit by hit, opens one, and Esc comes back to the same hit with the query kept', async () => {
    const { page, errors } = await openApp(session.browser, session.server.url, { height: 800 });
    await searchBox(page).fill('Kallas');
    await expect.poll(() => results(page).locator('[role="group"]').count()).toBeGreaterThan(2);
    const hitsOf = (g: number) => results(page).locator('[role="group"]').nth(g).locator('[role="option"]').count();
    const [first, second] = [await hitsOf(0), await hitsOf(1)];
    // Several hits in a story, so ↓ has both steps to take: within a story, and on to the next.
    expect(first + second).toBeGreaterThanOrEqual(3);
    const order = [...Array.from({ length: first }, (_, h) => `search-hit-0-${h}`), ...Array.from({ length: second }, (_, h) => `search-hit-1-${h}`)];

    await searchBox(page).press('ArrowDown');
    await expect.poll(() => selected(page).getAttribute('id')).toBe(order[0]);
    for (const id of order.slice(1)) {
      await page.keyboard.press('ArrowDown');
      await expect.poll(() => selected(page).getAttribute('id')).toBe(id);
    }
    for (let i = 0; i < second; i++) await page.keyboard.press('ArrowUp');
    await expect.poll(() => selected(page).getAttribute('id')).toBe(`search-hit-0-${first - 1}`);
    const hitsOfFirst = first;
    // The listbox points at the hit it shows as chosen, and hits are in document order.
    expect(await results(page).getAttribute('aria-activedescendant')).toBe(`search-hit-0-${hitsOfFirst - 1}`);
    const story = first >= 2 ? 0 : 1;
    const paragraphs = await results(page).locator('[role="group"]').nth(story).locator('[role="option"] .search-hit-side:not(.counterpart) .search-hit-where').allInnerTexts();
    const numbers = paragraphs.map((p) => Number(/paragraph (\d+)/u.exec(p)![1]));
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    await shootEverywhere(page, 'search-hit-by-hit');

    await results(page).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toMatch(/#\/story\/\d+\?.*block=\d+.*q=Kallas/u);
    await expect.poll(() => page.locator('.aligned-row.target').count(), { timeout: 10_000 }).toBe(1);
    // The query stays in the box while reading, and its words are lit where the core found them.
    expect(await searchBox(page).inputValue()).toBe('Kallas');
    await expect.poll(() => page.locator('.aligned-row.target mark').count()).toBeGreaterThan(0);

    await page.locator('body').press('Escape');
    await expect.poll(() => page.url()).toMatch(/#\/search\?q=Kallas/u);
    await expect.poll(() => selected(page).getAttribute('id')).toBe(`search-hit-0-${hitsOfFirst - 1}`);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('listbox');
    expect(errors).toEqual([]);
  });

  it('lights in the reader exactly what the core matched, in both columns', async () => {
    const seed = session.db.prepare("SELECT story_id FROM versions WHERE source_file LIKE '%kallas-training.en.txt'").pluck().get() as number;
    const { page, errors } = await openApp(session.browser, `${session.server.url}#/story/${seed}?left=uk&right=en&q=${encodeURIComponent('Україна NATO')}`, { height: 800 });
    await expect.poll(() => page.locator('.aligned-row').count(), { timeout: 10_000 }).toBeGreaterThan(10);
    const core = searchHighlights(searching(session.db), 'Україна NATO', seed);
    const expected = (lang: string) =>
      core.versions.find((v) => v.lang === lang)!.blocks.reduce((n, b) => n + b.ranges.length, 0);
    await expect.poll(() => page.locator('.cell-left mark').count()).toBe(expected('uk'));
    expect(await page.locator('.cell-right mark').count()).toBe(expected('en'));
    // Inflected forms too, in paragraphs no search result showed: the core's forms, not the typed word.
    const forms = new Set(await page.locator('.cell-left mark').allInnerTexts());
    expect([...forms].filter((f) => /^Україн/u.test(f)).length).toBeGreaterThanOrEqual(2);
    expect(await searchBox(page).inputValue()).toBe('Україна NATO');
    expect(errors).toEqual([]);
  });

  it('edits facets on the query’s tree: an excluded language is not a pressed one, and toggling leaves nothing behind', async () => {
    const { page, errors } = await openApp(session.browser, `${session.server.url}#/search?q=${encodeURIComponent('Kallas -lang:uk')}`, { height: 800 });
    const english = page.getByRole('button', { name: /^English\s*\d+$/u });
    await expect.poll(() => english.getAttribute('aria-pressed')).toBe('false');
    await english.click();
    await expect.poll(() => searchBox(page).inputValue()).toBe('Kallas -lang:uk lang:en');
    await expect.poll(() => english.getAttribute('aria-pressed')).toBe('true');
    await english.click();
    await expect.poll(() => searchBox(page).inputValue()).toBe('Kallas -lang:uk');
    expect(errors).toEqual([]);
  });

  it('narrows the library by tag, year, language and agency, keeps the filter in the route, and Esc comes back to the row', async () => {
    const { page, errors } = await openApp(session.browser, session.server.url, { height: 800 });
    const list = page.getByRole('list', { name: 'Stories in the archive' });
    await expect.poll(() => page.getByText('8 stories').isVisible()).toBe(true);
    const filters = page.getByRole('navigation', { name: 'Filter the library' });
    await filters.getByRole('button', { name: /^energy\s*2$/u }).click();
    await expect.poll(() => page.getByText('2 stories').isVisible()).toBe(true);
    await filters.getByRole('button', { name: /^2024\s*1$/u }).click();
    await expect.poll(() => list.locator('.story-row').count()).toBe(1);
    expect(decodeURIComponent(page.url())).toContain('filter=tag:energy after:2024 before:2025'.replace(/ /gu, '+'));
    expect(await list.locator('.story-row').innerText()).toContain('Gas prices in the Baltics');
    await shootEverywhere(page, 'library-filtered');

    await filters.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => page.getByText('8 stories').isVisible()).toBe(true);
    await filters.getByRole('button', { name: /^Estonian\s*\d+$/u }).click();
    await filters.getByRole('button', { name: /^ERR\s*1$/u }).click();
    await expect.poll(() => list.locator('.story-row').count()).toBe(1);
    await filters.getByRole('button', { name: 'Clear filters' }).click();

    // The guide comes after the reader's own stories, and says it is the guide.
    await expect.poll(() => list.locator('.story-row').count()).toBeGreaterThan(4);
    const kinds = await list.locator('.story-row').evaluateAll((rows) => rows.map((r) => r.classList.contains('guide')));
    expect(kinds.slice(0, 3)).toEqual([false, false, false]);
    expect(kinds.slice(3).every(Boolean)).toBe(true);
    await shootEverywhere(page, 'library');

    await list.locator('.story-row').nth(1).click();
    await expect.poll(() => page.locator('.story-row-pair').count()).toBeGreaterThan(0);
    await page.locator('body').press('Escape');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('library-story-1');
    expect(errors).toEqual([]);
  });

  it('carries out the native menu’s Find, Search help, Library and Settings', async () => {
    const { page, errors } = await openApp(session.browser, `${session.server.url}#/search?q=NATO`, { height: 800 });
    await expect.poll(() => results(page).locator('[role="option"]').count()).toBeGreaterThan(0);
    await results(page).focus();
    session.server.emit('menuCommand', { command: 'focusSearch' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    session.server.emit('menuCommand', { command: 'searchHelp' });
    await expect.poll(() => page.getByRole('dialog', { name: 'How to search' }).isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog', { name: 'How to search' }).count()).toBe(0);
    session.server.emit('menuCommand', { command: 'showLibrary' });
    await expect.poll(() => page.getByRole('heading', { name: 'Library' }).isVisible()).toBe(true);
    session.server.emit('menuCommand', { command: 'openSettings' });
    await expect.poll(() => page.getByRole('dialog', { name: 'Settings' }).isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('ranks the guide after the reader’s stories, and removes it from Settings in one action, in place', async () => {
    const { page, errors } = await openApp(session.browser, `${session.server.url}#/search?q=${encodeURIComponent('Kallas OR Diptych')}`, { height: 800 });
    const groups = results(page).locator('[role="group"]');
    await expect.poll(() => groups.count()).toBeGreaterThan(2);
    const guides = await groups.evaluateAll((gs) => gs.map((g) => g.classList.contains('guide')));
    expect(guides[0]).toBe(false);
    expect(guides.slice(guides.indexOf(true)).every(Boolean)).toBe(true);
    await expect.poll(() => groups.first().locator('.badge').count()).toBe(0);
    // Shot where the reader's last story meets the guide's first.
    const firstGuide = guides.indexOf(true);
    await shootEverywhere(page, 'search-guide-last', () => groups.nth(firstGuide).evaluate((g) => g.scrollIntoView({ block: 'center' })));

    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    const settings = page.getByRole('dialog', { name: 'Settings' });
    const guide = settings.getByTestId('guide');
    await expect.poll(() => guide.innerText()).toContain('5 stories came with Diptych');
    await guide.getByRole('button', { name: 'Remove the guide' }).click();
    await expect.poll(() => guide.innerText()).toContain('Remove the 5 stories of the guide?');
    await screenshot(page, 'settings-remove-guide-confirm');
    await expectAccessible(page, 'settings, removing the guide');
    await guide.getByRole('group').getByRole('button', { name: 'Remove the guide' }).click();
    await expect.poll(() => guide.innerText()).toContain('The guide was removed.');
    await settings.getByRole('button', { name: 'Close' }).click();
    // The results behind refreshed on archiveChanged, without a reload: no guide left.
    await expect.poll(() => results(page).locator('.guide').count()).toBe(0);
    await expect.poll(() => groups.count()).toBe(2);
    expect(await searchBox(page).inputValue()).toBe('Kallas OR Diptych');
    expect(errors).toEqual([]);
  });
});

describe.skipIf(!CAN_RUN_BROWSER)('removing the guide when the reader added to it', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await startBrowserSession('guide-kept', (db) => {
      const seeded = seedSampleStories(db, SAMPLE_DIR);
      expect(seeded.outcome).toBe('seeded');
      // The reader's own Russian version, moved into the guide's first story.
      const mine = importSources(db, [markdown('mine.ru.md', { lang: 'ru', source: 'ТАСС' }, 'Мой перевод', 'Мой собственный перевод.')]).imported[0]!;
      moveVersionToStory(db, mine.version, seeded.report.imported[0]!.story);
    });
  });
  afterAll(() => session?.close());

  it('says the story the reader added to stays, at every size and in both themes', async () => {
    const { page, errors } = await openApp(session.browser, `${session.server.url}#/`, { height: 800 });
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    const guide = page.getByRole('dialog', { name: 'Settings' }).getByTestId('guide');
    await guide.getByRole('button', { name: 'Remove the guide' }).click();
    await guide.getByRole('group').getByRole('button', { name: 'Remove the guide' }).click();
    await expect.poll(() => guide.innerText()).toContain('The guide was removed. You had added versions to 1 story of the guide: it stays, with your versions only.');
    await shootEverywhere(page, 'settings-guide-removed-kept', () => guide.scrollIntoViewIfNeeded());
    expect(errors).toEqual([]);
  });
});
