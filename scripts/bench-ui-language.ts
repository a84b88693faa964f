// npm run bench:ui-language [-- --rounds N]
// How fast the interface language switches: in the built renderer in headless Chromium (the
// browser-test harness, the real core behind it), from the updateSettings call until the screen
// shows the new language and has painted — on a story open in two columns and on search results.
// Prints a table; writes bench-results/ui-language.json. Needs `npm run build` and Chromium.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { openArchive } from '../src/main/core/db/open';
import { importPaths } from '../src/main/core/pipeline/import';
import { seedSampleStories } from '../src/main/core/sample/seed-samples';
import { LOCALE_RESOURCES, UI_LANGUAGES, type UiLanguage } from '../src/shared/i18n/resources';
import { startApiServer } from '../tests/e2e/harness/api-server';
import { CAN_RUN_BROWSER, launchBrowser, openApp } from '../tests/e2e/harness/browser';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { rounds: { type: 'string' } } });
const rounds = Number(values.rounds ?? 10);
if (!CAN_RUN_BROWSER) {
  console.error('bench:ui-language needs Chromium and a renderer build (npm run build)');
  process.exit(1);
}

/** In the page: switch through the API, wait for `probe` to read `expected`, then for a paint. */
const SWITCH = `async ({ lang, probe, expected }) => {
  const t0 = performance.now();
  const result = await window.diptych.updateSettings({ uiLanguage: lang });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  const shown = () => { const el = document.querySelector(probe); return el && el.textContent.trim() === expected; };
  while (!shown()) await new Promise((r) => setTimeout(r, 0));
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  return performance.now() - t0;
}`;

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'diptych-bench-ui-'));
  const db = openArchive(join(dir, 'archive.db'));
  seedSampleStories(db, resolve(ROOT, 'resources/sample'));
  const story = importPaths(db, [resolve(ROOT, 'tests/fixtures/seed')]).imported[0]!.story;
  const server = await startApiServer(db, join(dir, 'archive.db'));
  const browser = await launchBrowser();
  const screens = [
    { name: 'story, two columns', url: `${server.url}#/story/${story}`, ready: '.story-row-pair', probe: '.story-toolbar button', key: 'back' as const },
    { name: 'search results', url: `${server.url}#/search?q=Kallas`, ready: '.search-result:not(.placeholder)', probe: '.settings-open', key: 'open' as const },
  ];
  const rows: { screen: string; switches: number; medianMs: number; p95Ms: number; maxMs: number }[] = [];
  try {
    for (const screen of screens) {
      const { page } = await openApp(browser, screen.url);
      await page.waitForSelector(screen.ready);
      const times: number[] = [];
      for (let r = 0; r < rounds; r++) {
        for (const lang of [...UI_LANGUAGES.filter((l) => l !== 'en'), 'en'] as UiLanguage[]) {
          const res = LOCALE_RESOURCES[lang];
          const expected = screen.key === 'back' ? res.reader.back : res.settings.open;
          times.push((await page.evaluate(`(${SWITCH})(${JSON.stringify({ lang, probe: screen.probe, expected })})`)) as number);
        }
      }
      times.sort((a, b) => a - b);
      rows.push({
        screen: screen.name,
        switches: times.length,
        medianMs: +quantile(times, 0.5).toFixed(1),
        p95Ms: +quantile(times, 0.95).toFixed(1),
        maxMs: +(times.at(-1) ?? NaN).toFixed(1),
      });
      await page.context().close();
    }
  } finally {
    await browser.close();
    await server.close();
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
  console.log('Interface language switch: updateSettings → new language on screen, painted');
  console.table(rows);
  mkdirSync(resolve(ROOT, 'bench-results'), { recursive: true });
  writeFileSync(
    resolve(ROOT, 'bench-results/ui-language.json'),
    `${JSON.stringify({ date: new Date().toISOString(), cpus: cpus().length, cpu: cpus()[0]?.model, rounds, rows }, null, 2)}\n`,
  );
}

void main();
