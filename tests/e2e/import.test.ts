// Importing a folder through the interface: dropped on the window, the progress bar counts the
// files and the time left, and the report says what came in, what was there and what failed.
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BackgroundProgressEvent } from '../../src/shared/api';
import { CAN_RUN_BROWSER, openApp, screenshot } from './harness/browser';
import { drop } from './harness/drop';
import { startBrowserSession, type BrowserSession } from './harness/session';

const FIXTURES = resolve(__dirname, '../fixtures/import');
const PAIRS = 1200;

/** A folder as a reader might have one: many agency texts in two languages, saved pages, a feed, a photo. */
function writeFolder(dir: string): void {
  mkdirSync(join(dir, 'wire'), { recursive: true });
  for (let i = 0; i < PAIRS; i++) {
    writeFileSync(join(dir, 'wire', `item-${i}.en.txt`), `Harbour report number ${i}\nTallinn • Baltic Wire\nShips came and went on day ${i}.\nThe harbour master counted ${i * 3} passengers.`);
    writeFileSync(join(dir, 'wire', `item-${i}.et.txt`), `Sadamaülevaade number ${i}\nTallinn • Baltic Wire\nLaevad tulid ja läksid päeval ${i}.\nSadamakapten loendas ${i * 3} reisijat.`);
  }
  cpSync(join(FIXTURES, 'pages'), join(dir, 'pages'), { recursive: true });
  cpSync(join(FIXTURES, 'feeds/ukrinform-uk.rss'), join(dir, 'feeds/ukrinform-uk.rss'));
  writeFileSync(join(dir, 'photo.png'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
}

describe.skipIf(!CAN_RUN_BROWSER)('importing through the interface', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    // A file archive: the import runs on its own worker with its own connection, as in the app.
    session = await startBrowserSession('import', (_db, dir) => writeFolder(join(dir, 'news')));
  });
  afterAll(() => session?.close());

  it('imports a dropped folder, showing progress and then the report', async () => {
    const { page, errors } = await openApp(session.browser, session.server.url);
    await expect.poll(() => page.getByText('The archive is empty', { exact: false }).isVisible()).toBe(true);

    await drop(page, [join(session.dir, 'news')]);
    const dialog = page.getByRole('dialog', { name: 'Import' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    // The progress bar counts files against the total the folder holds.
    const counts = page.getByTestId('import-progress-counts');
    const total = PAIRS * 2 + 3 + 1 + 1;
    await expect.poll(() => counts.textContent(), { timeout: 20_000 }).toMatch(new RegExp(`^[\\d,]+ of ${total.toLocaleString('en-US')} files`, 'u'));
    // Part way through: some files done, and an estimate of the time left.
    await expect
      .poll(async () => {
        const text = (await counts.textContent()) ?? '';
        const done = Number(text.split(' of ')[0]!.replace(/,/gu, ''));
        return done > 0 && done < total && text.includes('finishing in');
      }, { timeout: 20_000, interval: 50 })
      .toBe(true);
    await screenshot(page, 'import-progress');
    const progress = page.getByRole('progressbar', { name: 'Import progress' });
    expect(Number(await progress.getAttribute('max'))).toBe(total);

    const report = page.getByTestId('import-report');
    await expect.poll(() => report.isVisible(), { timeout: 60_000 }).toBe(true);
    const summary = await report.locator('.import-summary').innerText();
    expect(summary).toContain(`Versions imported: ${(PAIRS * 2 + 3 + 2).toLocaleString('en-US')}`);
    // Files counted apart from the versions they held.
    expect(await report.locator('.import-units').innerText()).toContain(`Files: ${total.toLocaleString('en-US')}`);
    // And stories apart from both: a pair's two files are one story, counted however long the lists.
    expect(await report.locator('.import-units').innerText()).toContain(`Stories: ${(PAIRS + 1 + 2).toLocaleString('en-US')}`);
    // One step at a time: the report, with nothing to choose under it.
    expect(await dialog.getByRole('button', { name: 'Choose files…' }).count()).toBe(0);
    expect(await dialog.locator('[aria-current="step"]').innerText()).toMatch(/Report/u);
    expect(summary).toContain('Already present: 0');
    expect(summary).toContain('Failed: 1');
    // The failure names the file and says why, in words.
    const failed = await page.getByTestId('import-failed').innerText();
    expect(failed).toContain('news/photo.png');
    expect(failed).toContain('This is a binary file (PNG), not a document Diptych can import.');
    await screenshot(page, 'import-report');

    // Closing the report shows the library with the new stories: one per pair, one for the pages.
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => page.getByText(`${(PAIRS + 1 + 2).toLocaleString('en-US')} stories`).isVisible()).toBe(true);

    // Dropping the same folder again: everything is already there.
    await drop(page, [join(session.dir, 'news')]);
    await expect.poll(() => report.isVisible(), { timeout: 60_000 }).toBe(true);
    expect(await report.locator('.import-summary').innerText()).toContain(`Already present: ${(PAIRS * 2 + 3 + 2).toLocaleString('en-US')}`);
    expect(errors).toEqual([]);
  });

  it('pastes text as a version of the open story', async () => {
    const { page, errors } = await openApp(session.browser, `${session.server.url}#/story/1`);
    await expect.poll(() => page.locator('.story-row-pair').count()).toBeGreaterThan(0);
    const languages = page.getByRole('combobox').first().locator('option');
    const before = await languages.allTextContents();
    expect(before.join(' ')).not.toContain('Polish');
    // File → Import… in the native menu arrives as a menu command.
    const dialog = page.getByRole('dialog', { name: 'Import' });
    session.server.emit('menuCommand', { command: 'import' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Import…' }).click();
    // Pasting has a place of its own, its language chosen by name; no command-line words.
    await dialog.getByRole('button', { name: 'Paste text…' }).click();
    const language = dialog.getByRole('combobox', { name: 'Language' });
    const names = await language.locator('option').allTextContents();
    expect(names[0]).toBe('Detect the language');
    expect(names).toEqual(expect.arrayContaining(['English', 'Estonian', 'Ukrainian', 'German', 'French', 'Polish']));
    expect(await dialog.innerText()).not.toMatch(/--\w/u);
    await screenshot(page, 'import-paste');
    await dialog.locator('textarea').fill('Raport portowy numer 0\nTallinn • Baltic Wire\nStatki przypływały i odpływały.\nKapitan portu policzył pasażerów.');
    await language.selectOption({ label: 'Polish' });
    await dialog.getByRole('button', { name: 'Add as a version of the open story' }).click();
    await expect.poll(() => dialog.getByTestId('import-report').innerText()).toContain('Versions imported: 1');
    expect(await dialog.getByTestId('import-report').innerText()).toContain('Stories: 1');
    expect(await dialog.innerText()).not.toMatch(/story \d/u);
    await dialog.getByRole('button', { name: 'Open the story' }).click();
    await expect.poll(() => languages.allTextContents()).toEqual([...before, 'Polish']);

    // By hand: the Polish version goes into a story of its own.
    await page.getByRole('button', { name: 'Import…' }).click();
    await dialog.getByRole('button', { name: 'Versions of the open story…' }).click();
    const versions = dialog.getByTestId('import-versions');
    await expect.poll(() => versions.getByRole('listitem').count()).toBe(before.length + 1);
    await versions.getByRole('listitem').filter({ hasText: 'Polish' }).getByRole('button', { name: 'Detach into a story of its own' }).click();
    await expect.poll(() => page.url()).not.toMatch(/#\/story\/1(\?|$)/u);
    await expect.poll(() => languages.allTextContents()).toEqual([expect.stringMatching(/^Polish/u)]);
    await screenshot(page, 'import-detached-version');

    // And back, chosen by headline: the Polish story's version moves into the harbour report 0.
    await page.getByRole('button', { name: 'Import…' }).click();
    await dialog.getByRole('button', { name: 'Versions of the open story…' }).click();
    await versions.getByRole('button', { name: 'Move to another story…' }).click();
    await versions.getByRole('searchbox', { name: 'Find a story by its headline' }).fill('Harbour report number 0');
    const picker = versions.getByRole('listbox', { name: 'Move it into' });
    await expect.poll(() => picker.locator('option').first().textContent(), { timeout: 10_000 }).toBe('Harbour report number 0');
    await picker.selectOption({ index: 0 });
    await screenshot(page, 'import-story-picker');
    await versions.getByRole('button', { name: 'Move', exact: true }).click();
    await expect.poll(() => page.locator('.aligned-row, .story-row-pair').first().innerText(), { timeout: 10_000 }).toContain('Harbour report number 0');
    await expect.poll(() => languages.allTextContents()).toContain('Polish');
    expect(errors).toEqual([]);
  });

  it('says in the header what is caught up in the background, and nothing once it is done', async () => {
    const { page, errors } = await openApp(session.browser, `${session.server.url}#/`);
    const status = page.getByRole('status', { name: 'Work in the background' });
    // Sent until the page shows it: an event sent before the page listens is gone.
    const shown = (event: BackgroundProgressEvent) => async (): Promise<string> => {
      session.server.emit('backgroundProgress', event);
      return (await status.count()) > 0 ? status.innerText() : '';
    };
    await expect.poll(shown({ phase: 'align', done: 1250, total: 40000 }), { timeout: 15_000 }).toBe('Pairing paragraphs: 1,250 of 40,000 stories');
    await screenshot(page, 'background-status');
    await expect.poll(shown({ phase: 'index', done: 1, total: 1 })).toBe('Updating the search index: 1 of 1 version');
    session.server.emit('backgroundProgress', { phase: 'idle', done: 0, total: 0 });
    await expect.poll(() => status.count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
