// Settings → Appearance in headless Chromium: the theme (as the system, light, dark) and the text
// size, kept across a reload through the settings API; header controls styled alike in both
// themes. Shot at 1280×800, 800×600 and 420×800, each checked by axe.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPaths } from '../../src/main/core/pipeline/import';
import { SEED_DIR } from '../support/archive';
import { expectAccessible } from './harness/axe';
import { CAN_RUN_BROWSER, openApp, screenshot } from './harness/browser';
import { startBrowserSession, type BrowserSession } from './harness/session';

describe.skipIf(!CAN_RUN_BROWSER)('the window’s appearance', () => {
  let session: BrowserSession;
  let story: number;
  beforeAll(async () => {
    session = await startBrowserSession('appearance', (db) => {
      story = importPaths(db, [SEED_DIR]).imported[0]!.story;
    });
  });
  afterAll(() => session?.close());

  it('sets every text larger, and keeps the size after a reload', async () => {
    const { page, errors } = await openApp(session.browser, `${session.server.url}#/story/${story}?left=en&right=uk`, { height: 800 });
    const block = page.locator('.aligned-row .block').nth(2);
    await expect.poll(() => block.count(), { timeout: 10_000 }).toBe(1);
    const size = () => block.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const normal = await size();
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await page.getByTestId('appearance').getByRole('radio', { name: 'Larger' }).check();
    await expect.poll(size).toBeCloseTo(normal * 1.3, 0);
    await page.keyboard.press('Escape');
    await page.reload();
    await expect.poll(size, { timeout: 10_000 }).toBeCloseTo(normal * 1.3, 0);
    await screenshot(page, 'appearance-text-larger');
    await expectAccessible(page, 'the story, larger text');
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await page.getByTestId('appearance').getByRole('radio', { name: 'Normal' }).check();
    await expect.poll(size).toBeCloseTo(normal, 0);
    expect(errors).toEqual([]);
  });

  it('follows the theme chosen over the system’s, in the page and the header’s controls, after a reload too', async () => {
    const { page, errors } = await openApp(session.browser, `${session.server.url}#/story/${story}?left=en&right=uk`, { height: 800 });
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(() => page.locator('.aligned-row').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    // Luminance of a computed rgb() colour, 0 (black) to 255 (white).
    // A transparent background would read as black: such an element fails the light checks.
    const lightnessOf = (target: ReturnType<typeof page.locator>) =>
      target.evaluate((el) => {
        const [r, g, b, a] = (getComputedStyle(el).backgroundColor.match(/[\d.]+/g) ?? []).map(Number);
        return a === 0 ? -1 : 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      });
    const lightness = (selector: string) => lightnessOf(page.locator(selector).first());
    const settingsButton = page.getByRole('button', { name: 'Settings', exact: true });
    expect(await lightness('html')).toBeGreaterThan(200);
    const choose = async (name: string) => {
      await page.getByRole('button', { name: 'Settings', exact: true }).click();
      await page.getByTestId('appearance').getByRole('radio', { name }).check();
      await page.keyboard.press('Escape');
    };
    await choose('Dark');
    await expect.poll(() => lightness('html')).toBeLessThan(60);
    expect(await lightnessOf(settingsButton)).toBeGreaterThanOrEqual(0);
    expect(await lightnessOf(settingsButton)).toBeLessThan(80);
    await page.reload();
    await expect.poll(() => lightness('html'), { timeout: 10_000 }).toBeLessThan(60);
    await screenshot(page, 'appearance-theme-dark-over-light-system');
    await expectAccessible(page, 'the story, dark theme chosen');
    // Light chosen wins over a dark system; "As the system" follows it again.
    await page.emulateMedia({ colorScheme: 'dark' });
    await choose('Light');
    await expect.poll(() => lightness('html')).toBeGreaterThan(200);
    expect(await lightnessOf(settingsButton)).toBeGreaterThan(180);
    await choose('As the system');
    await expect.poll(() => lightness('html')).toBeLessThan(60);
    expect(errors).toEqual([]);
  });
});
