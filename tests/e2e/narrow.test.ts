// A narrow window (420 px, a phone-sized side panel): in every shipped language, on the library,
// a search and a story, nothing scrolls sideways and every header control is on screen, whole.
// Shot at 420×800 in light and dark (and the story at 800×600 and 1280×800), checked by axe.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { importPaths } from '../../src/main/core/pipeline/import';
import { seedSampleStories } from '../../src/main/core/sample/seed-samples';
import { UI_LANGUAGES } from '../../src/shared/i18n/resources';
import { SAMPLE_DIR, SEED_DIR } from '../support/archive';
import { expectAccessible } from './harness/axe';
import { CAN_RUN_BROWSER, openApp, screenshot } from './harness/browser';
import { startBrowserSession, type BrowserSession } from './harness/session';

/** Header controls that are not wholly inside the window, and how far the page scrolls sideways. */
async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const width = window.innerWidth;
    if (document.documentElement.scrollWidth > width) problems.push(`page is ${document.documentElement.scrollWidth} px wide`);
    for (const el of document.querySelectorAll<HTMLElement>('.app-header button, .app-header input, .app-header select')) {
      // A dialog's own controls (closed, or laid out over the page) are not the header's.
      if (el.closest('dialog, [role="dialog"]')) continue;
      const r = el.getBoundingClientRect();
      const name = el.getAttribute('aria-label') || el.textContent?.trim() || el.tagName;
      if (r.width === 0 || r.height === 0) problems.push(`${name} is hidden`);
      else if (r.left < 0 || r.right > width + 0.5) problems.push(`${name} is cut off (${Math.round(r.left)}–${Math.round(r.right)})`);
      else if (el.scrollWidth > el.clientWidth + 1 && el.tagName === 'BUTTON') problems.push(`${name} is clipped inside`);
    }
    return problems;
  });
}

describe.skipIf(!CAN_RUN_BROWSER)('a narrow window', () => {
  let session: BrowserSession;
  let story: number;
  const setLanguage = (uiLanguage: string | null) =>
    fetch(`${session.server.url}api/updateSettings`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ uiLanguage }) });

  beforeAll(async () => {
    session = await startBrowserSession('narrow', (db) => {
      seedSampleStories(db, SAMPLE_DIR);
      story = importPaths(db, [SEED_DIR]).imported[0]!.story;
    });
  });
  afterAll(() => session?.close());

  it('keeps every header control on screen and nothing scrolling sideways at 420 px, in every language', async () => {
    const { page, errors } = await openApp(session.browser, session.server.url, { width: 420, height: 800 });
    try {
      for (const lang of UI_LANGUAGES) {
        await setLanguage(lang);
        await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang);
        for (const [screen, hash] of [
          ['library', '#/'],
          ['search', '#/search?q=NATO'],
          ['story', `#/story/${story}?left=en&right=uk`],
        ] as const) {
          await page.evaluate((h) => (window.location.hash = h), hash);
          await expect.poll(() => page.locator('.app-main > *').count(), { timeout: 10_000 }).toBeGreaterThan(0);
          await page.waitForTimeout(150);
          expect(await layoutProblems(page), `${screen} in ${lang}`).toEqual([]);
          if (lang === 'de' || lang === 'uk') await screenshot(page, `narrow-420-${screen}-${lang}`);
        }
      }
    } finally {
      await setLanguage(null);
    }
    expect(errors).toEqual([]);
  });

  it('looks right at 420 px in light and dark, and at the larger sizes too', async () => {
    const { page, errors } = await openApp(session.browser, `${session.server.url}#/story/${story}?left=en&right=uk`, { width: 420, height: 800 });
    await expect.poll(() => page.locator('.aligned-row').count(), { timeout: 10_000 }).toBeGreaterThan(3);
    for (const [width, height] of [
      [420, 800],
      [800, 600],
      [1280, 800],
    ] as const) {
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.setViewportSize({ width, height });
        await page.emulateMedia({ colorScheme });
        await page.waitForTimeout(100);
        expect(await layoutProblems(page)).toEqual([]);
        await screenshot(page, `narrow-story-${width}-${colorScheme}`);
        await expectAccessible(page, `the story at ${width} px, ${colorScheme}`);
      }
    }
    expect(errors).toEqual([]);
  });
});
