// Settings: first run follows the operating system, choices persist across reopening the archive,
// the API validates and announces changes, and the reading order picks the reader's columns.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiEventName, ApiEvents } from '../../src/shared/api';
import { createApiHandlers } from '../../src/main/core/api/handlers';
import { dispatchApiCall } from '../../src/main/core/api/dispatch';
import { openArchive } from '../../src/main/core/db/open';
import { readSettings, updateSettings } from '../../src/main/core/settings/settings';
import { memoryArchive } from '../support/archive';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('first run (nothing chosen yet)', () => {
  it.each([
    [['uk-UA', 'en-US'], 'uk'],
    [['et'], 'et'],
    [['de-AT', 'uk'], 'de'],
    [['ja-JP', 'pl-PL'], 'pl'],
    [['fr_CA'], 'fr'],
    [['ja-JP', 'zh-Hans'], 'en'],
    [[], 'en'],
  ] as const)('system languages %j give the interface language %s', (system, expected) => {
    const s = readSettings(memoryArchive(), system);
    expect(s.uiLanguage).toBe(expected);
    expect(s.uiLanguageChosen).toBe(false);
  });

  it.each([
    [['uk-UA', 'en-GB', 'uk'], ['uk', 'en']],
    [['ja-JP'], ['en', 'ja']],
    [['en-US', 'et-EE'], ['en', 'et']],
  ] as const)('system languages %j read %j: the interface language first, then the system\'s', (system, expected) => {
    expect(readSettings(memoryArchive(), system).readingLanguages).toEqual(expected);
  });

  it('reads in the interface language until the reader orders their languages', () => {
    const db = memoryArchive();
    expect(updateSettings(db, { uiLanguage: 'uk' }, ['en-US']).readingLanguages).toEqual(['uk', 'en']);
    expect(updateSettings(db, { uiLanguage: 'de' }, ['en-US']).readingLanguages).toEqual(['de', 'en']);
    updateSettings(db, { readingLanguages: ['et', 'en'] }, ['en-US']);
    // An order the reader chose stays when the interface changes.
    expect(updateSettings(db, { uiLanguage: 'pl' }, ['en-US'])).toMatchObject({ readingLanguages: ['et', 'en'], readingLanguagesChosen: true });
  });

  it('does not store the detected language, so it keeps following the system until a choice', () => {
    const db = memoryArchive();
    readSettings(db, ['et-EE']);
    expect(readSettings(db, ['pl-PL']).uiLanguage).toBe('pl');
  });
});

describe('persistence', () => {
  it('keeps the chosen interface language and reading order after the archive is reopened', () => {
    const dir = mkdtempSync(join(tmpdir(), 'diptych-settings-'));
    dirs.push(dir);
    const file = join(dir, 'archive.db');
    const db = openArchive(file);
    updateSettings(db, { uiLanguage: 'et', readingLanguages: ['en', 'ET', 'uk_UA'] }, ['de-DE']);
    db.close();

    const again = openArchive(file);
    // The system now says German; the reader's choice wins.
    expect(readSettings(again, ['de-DE'])).toEqual({
      uiLanguage: 'et',
      uiLanguageChosen: true,
      systemUiLanguage: 'de',
      readingLanguages: ['en', 'et', 'uk-UA'],
      readingLanguagesChosen: true,
      theme: 'system',
      textSize: 'normal',
    });
    again.close();
  });

  it('keeps the theme and the text size, and reads a damaged one as the default', () => {
    const db = memoryArchive();
    expect(readSettings(db, ['en'])).toMatchObject({ theme: 'system', textSize: 'normal' });
    expect(updateSettings(db, { theme: 'dark', textSize: 'large' }, ['en'])).toMatchObject({ theme: 'dark', textSize: 'large' });
    expect(updateSettings(db, { uiLanguage: 'uk' }, ['en'])).toMatchObject({ theme: 'dark', textSize: 'large' });
    db.prepare("UPDATE settings SET value = '\"sepia\"' WHERE key = 'theme'").run();
    expect(readSettings(db, ['en']).theme).toBe('system');
  });

  it('null goes back to following the system', () => {
    const db = memoryArchive();
    updateSettings(db, { uiLanguage: 'fr' }, ['uk']);
    expect(updateSettings(db, { uiLanguage: null }, ['uk'])).toMatchObject({ uiLanguage: 'uk', uiLanguageChosen: false });
  });

  it('a damaged stored value reads as not chosen rather than failing', () => {
    const db = memoryArchive();
    db.prepare("INSERT INTO settings (key, value) VALUES ('uiLanguage', '\"tlh\"'), ('readingLanguages', '{not json')").run();
    expect(readSettings(db, ['pl'])).toEqual({
      uiLanguage: 'pl',
      uiLanguageChosen: false,
      systemUiLanguage: 'pl',
      readingLanguages: ['pl'],
      readingLanguagesChosen: false,
      theme: 'system',
      textSize: 'normal',
    });
  });
});

describe('the settings API', () => {
  function api() {
    const events: { event: ApiEventName; payload: unknown }[] = [];
    const handlers = createApiHandlers({
      db: memoryArchive(),
      dbPath: ':memory:',
      systemLanguages: ['uk-UA'],
      emit: <E extends ApiEventName>(event: E, payload: ApiEvents[E]) => events.push({ event, payload }),
    });
    return { events, call: (m: string, input?: unknown) => dispatchApiCall(handlers, m, input) };
  }

  it('reports the system language on first run and announces a change with settingsChanged', async () => {
    const { call, events } = api();
    expect(await call('getSettings')).toEqual({
      ok: true,
      value: { uiLanguage: 'uk', uiLanguageChosen: false, systemUiLanguage: 'uk', readingLanguages: ['uk'], readingLanguagesChosen: false, theme: 'system', textSize: 'normal' },
    });
    const changed = await call('updateSettings', { uiLanguage: 'et', readingLanguages: ['en', 'et'] });
    expect(changed).toMatchObject({ ok: true, value: { uiLanguage: 'et', readingLanguages: ['en', 'et'] } });
    expect(events).toEqual([{ event: 'settingsChanged', payload: (changed as { value: unknown }).value }]);
    expect(await call('getSettings')).toEqual(changed);
  });

  it.each([
    [{ uiLanguage: 'tlh' }],
    [{ uiLanguage: 'EN' }],
    [{ readingLanguages: ['en', 'not a tag!'] }],
    [{ readingLanguages: 'en' }],
    [{ theme: 'sepia' }],
    [{ textSize: 'huge' }],
  ])('refuses %j with invalidInput and changes nothing', async (input) => {
    const { call, events } = api();
    const result = await call('updateSettings', input);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
    expect(events).toEqual([]);
    expect(await call('getSettings')).toMatchObject({ value: { uiLanguage: 'uk', uiLanguageChosen: false } });
  });
});
