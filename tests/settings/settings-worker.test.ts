// The app's path for a language change: main asks the API worker (as the native menu does), the
// worker stores it and announces settingsChanged, which main turns into a new menu and the window
// into a new language. Here main is this test.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startApiWorker, type ApiWorkerClient } from '../../src/main/core/api/api-worker-client';

const ENTRY = resolve(__dirname, '../support/ts-worker.mjs');
const TS = { argv: [resolve(__dirname, '../../src/main/core/api/api-worker.ts')] };

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'diptych-settings-worker-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function start(systemLanguages: string[]): Promise<ApiWorkerClient> {
  return startApiWorker(ENTRY, { dbPath: join(dir, 'archive.db'), systemLanguages }, TS);
}

it('follows the system on first run, announces a change, and keeps it for the next start', async () => {
  const first = await start(['uk-UA', 'en-US']);
  const events: { event: string; payload: unknown }[] = [];
  first.onEvent((event, payload) => events.push({ event, payload }));
  expect(await first.call('getSettings', {})).toMatchObject({ ok: true, value: { uiLanguage: 'uk', uiLanguageChosen: false } });

  const changed = await first.call('updateSettings', { uiLanguage: 'et' });
  expect(changed).toMatchObject({ ok: true, value: { uiLanguage: 'et', uiLanguageChosen: true } });
  await expect.poll(() => events).toEqual([{ event: 'settingsChanged', payload: (changed as { value: unknown }).value }]);
  await first.close();

  // Next start, on a system now in Polish: the reader's choice stays.
  const second = await start(['pl-PL']);
  expect(await second.call('getSettings', {})).toMatchObject({
    ok: true,
    value: { uiLanguage: 'et', uiLanguageChosen: true, systemUiLanguage: 'pl' },
  });
  await second.close();
});
