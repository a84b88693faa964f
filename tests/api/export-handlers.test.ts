// Exporting from the window, through the API boundary as the app calls it: the file the reader
// chose in the save dialog (a token only the host issues, good for one export) gets the pairs of
// the stories asked for — whole, or, when the export is cancelled or fails, not at all; stories
// without both languages are counted, one without them is said in one line, and bad input is
// refused before any file is touched.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import { getStoryAlignment } from '../../src/main/core/align/story-alignment';
import { dispatchApiCall } from '../../src/main/core/api/dispatch';
import { createApiHandlers } from '../../src/main/core/api/handlers';
import { dispatchHostCall, HOST_GRANT_SAVE_PATH } from '../../src/main/core/api/host-calls';
import { PathGrants } from '../../src/main/core/api/path-grants';
import { openArchive } from '../../src/main/core/db/open';
import { importPaths } from '../../src/main/core/pipeline/import';
import { searchStoryIds } from '../../src/main/core/search/search';
import type { ApiEventName, ExportFileReport, ExportProgress } from '../../src/shared/api';
import { SEED_DIR } from '../support/archive';
import { searching } from '../support/searching';

interface World {
  dir: string;
  db: Database;
  seed: number;
  lone: number;
  events: { event: ApiEventName; payload: unknown }[];
  read: PathGrants;
  save: PathGrants;
  call(method: string, input: unknown): ReturnType<typeof dispatchApiCall>;
  /** What the save dialog does: a token for `name` in the test's folder. */
  choose(name: string): string;
}

let w: World;

beforeEach(() => {
  const dir = mkdtempSync(join(tmpdir(), 'diptych-export-api-'));
  const db = openArchive(':memory:');
  const seed = importPaths(db, [SEED_DIR]).imported[0]!.story;
  mkdirAndWrite(join(dir, 'in', 'lone.en.txt'), 'A lone English story\nTallinn • Baltic Wire\nIt has no translation.\nNone at all.');
  const lone = importPaths(db, [join(dir, 'in', 'lone.en.txt')]).imported[0]!.story;
  const events: World['events'] = [];
  const read = new PathGrants();
  const save = new PathGrants();
  const handlers = createApiHandlers({ db, dbPath: ':memory:', grants: read, saveGrants: save, emit: (event, payload) => events.push({ event, payload }) });
  w = {
    dir,
    db,
    seed,
    lone,
    events,
    read,
    save,
    call: (method, input) => dispatchApiCall(handlers, method, input),
    choose(name) {
      const r = dispatchHostCall({ read, save }, HOST_GRANT_SAVE_PATH, { path: join(dir, name) });
      if (!r.ok) throw new Error('no token');
      return (r.value as { token: string }).token;
    },
  };
});
afterEach(() => {
  w.db.close();
  rmSync(w.dir, { recursive: true, force: true });
});

function mkdirAndWrite(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/** What the export folder holds besides the imported file's folder (no partial file, ever). */
const written = (): string[] => readdirSync(w.dir).filter((f) => f !== 'in').sort();

/** Pairs of the stored alignment whose sides both exist: what a pair export writes, one unit each. */
const alignedPairs = (story: number, from: string, to: string): number =>
  getStoryAlignment(w.db, story, from, to).pairs.filter((p) => p.from.length > 0 && p.to.length > 0).length;

describe('exportStories', () => {
  it('writes the pair on screen to the chosen file, one unit per aligned pair, with progress', async () => {
    const result = await w.call('exportStories', { token: w.choose('kallas.tmx'), selection: { kind: 'ids', ids: [w.seed] }, format: 'tmx', from: 'en', to: 'uk' });
    expect(result.ok).toBe(true);
    const report = (result as { value: ExportFileReport }).value;
    const pairs = alignedPairs(w.seed, 'en', 'uk');
    expect(pairs).toBeGreaterThan(5);
    expect(report).toMatchObject({ file: 'kallas.tmx', format: 'tmx', selected: 1, stories: 1, units: pairs, missingLanguage: 0 });
    expect(written()).toEqual(['kallas.tmx']);
    expect(readFileSync(join(w.dir, 'kallas.tmx'), 'utf8').match(/<tu[ >]/gu)).toHaveLength(pairs);
    const progress = w.events.filter((e) => e.event === 'exportProgress').map((e) => e.payload as ExportProgress);
    expect(progress.at(-1)).toEqual({ done: 1, total: 1, stories: 1, units: pairs });
    // An export only reads: nothing announces a change.
    expect(w.events.filter((e) => e.event === 'archiveChanged')).toEqual([]);
  });

  it('counts the stories skipped for lacking a language, and writes the rest', async () => {
    const result = await w.call('exportStories', { token: w.choose('two.csv'), selection: { kind: 'ids', ids: [w.lone, w.seed] }, format: 'csv', from: 'en', to: 'et' });
    expect(result).toMatchObject({ ok: true, value: { selected: 2, stories: 1, missingLanguage: 1, missingLanguageIds: [w.lone], units: alignedPairs(w.seed, 'en', 'et') } });
    expect(readFileSync(join(w.dir, 'two.csv'), 'utf8').startsWith('\uFEFFstory,from_lang,to_lang')).toBe(true);
  });

  it('takes what a search finds, in its order', async () => {
    const ids = searchStoryIds(searching(w.db), 'story OR Kallas', 'relevance').storyIds;
    expect(ids.length).toBe(2);
    const result = await w.call('exportStories', { token: w.choose('found.json'), selection: { kind: 'query', query: 'story OR Kallas' }, format: 'json' });
    expect(result).toMatchObject({ ok: true, value: { selected: 2, stories: 2 } });
    const doc = JSON.parse(readFileSync(join(w.dir, 'found.json'), 'utf8')) as { stories: { id?: number }[] };
    expect(doc.stories).toHaveLength(2);
  });

  it('says in one line that the story lacks the language, and writes no file', async () => {
    const result = await w.call('exportStories', { token: w.choose('lone.tmx'), selection: { kind: 'ids', ids: [w.lone] }, format: 'tmx', from: 'en', to: 'uk' });
    expect(result).toMatchObject({ ok: false, error: { code: 'noVersionInLanguage', params: { story: w.lone, lang: 'uk' } } });
    expect(written()).toEqual([]);
  });

  it('cancelled, leaves no file — nor harms the one that was there', async () => {
    writeFileSync(join(w.dir, 'old.xlf'), 'the reader’s earlier file');
    const running = w.call('exportStories', { token: w.choose('old.xlf'), selection: { kind: 'ids', ids: [w.seed, w.lone] }, format: 'xliff', from: 'uk', to: 'et' });
    expect(await w.call('cancelExport', {})).toEqual({ ok: true, value: { cancelled: true } });
    expect(await running).toMatchObject({ ok: false, error: { code: 'exportCancelled' } });
    expect(written()).toEqual(['old.xlf']);
    expect(readFileSync(join(w.dir, 'old.xlf'), 'utf8')).toBe('the reader’s earlier file');
    // Nothing running: nothing to cancel.
    expect(await w.call('cancelExport', {})).toEqual({ ok: true, value: { cancelled: false } });
  });

  it('runs one export at a time', async () => {
    const first = w.call('exportStories', { token: w.choose('a.tsv'), selection: { kind: 'ids', ids: [w.seed] }, format: 'tsv', from: 'en', to: 'uk' });
    const second = await w.call('exportStories', { token: w.choose('b.tsv'), selection: { kind: 'ids', ids: [w.seed] }, format: 'tsv', from: 'en', to: 'uk' });
    expect(second).toMatchObject({ ok: false, error: { code: 'exportBusy' } });
    expect(await first).toMatchObject({ ok: true });
    expect(written()).toEqual(['a.tsv']);
  });

  it('uses a save token once, and never a token issued for reading', async () => {
    const token = w.choose('once.tmx');
    const request = { selection: { kind: 'ids', ids: [w.seed] }, format: 'tmx', from: 'en', to: 'uk' };
    expect(await w.call('exportStories', { ...request, token })).toMatchObject({ ok: true });
    rmSync(join(w.dir, 'once.tmx'));
    expect(await w.call('exportStories', { ...request, token })).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
    // A file chosen to import is not one to write over, nor a file to write one to import.
    const readToken = w.read.grant([join(w.dir, 'in', 'lone.en.txt')])[0]!;
    expect(await w.call('exportStories', { ...request, token: readToken })).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
    expect(readFileSync(join(w.dir, 'in', 'lone.en.txt'), 'utf8')).toMatch(/^A lone English story/u);
    expect(await w.call('importPaths', { tokens: [w.choose('x.txt')] })).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
    expect(written()).toEqual([]);
  });

  const ids = { kind: 'ids', ids: [1] };
  it.each([
    ['no token', { token: undefined, selection: ids, format: 'tmx', from: 'en', to: 'uk' }],
    ['a path for a token', { token: '/tmp/x.tmx', selection: ids, format: 'tmx', from: 'en', to: 'uk' }],
    ['an unknown format', { selection: ids, format: 'docx', from: 'en', to: 'uk' }],
    ['a pair format without languages', { selection: ids, format: 'tmx' }],
    ['one language only', { selection: ids, format: 'json', from: 'en' }],
    ['the same language twice', { selection: ids, format: 'csv', from: 'en', to: 'EN' }],
    ['a confidence above 1', { selection: ids, format: 'tmx', from: 'en', to: 'uk', minConfidence: 2 }],
    ['every story (the window exports what it shows)', { selection: { kind: 'all' }, format: 'json' }],
    ['no story', { selection: { kind: 'ids', ids: [] }, format: 'json' }],
    ['an empty query', { selection: { kind: 'query', query: '' }, format: 'json' }],
    ['an unknown option', { selection: ids, format: 'json', path: '/tmp/x.json' }],
  ])('refuses %s before touching any file', async (_what, input) => {
    const token = w.choose('refused.out');
    const result = await w.call('exportStories', { token, ...input });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
    expect(written()).toEqual([]);
  });

  it('refuses a story that is not there, writing nothing', async () => {
    const result = await w.call('exportStories', { token: w.choose('gone.tmx'), selection: { kind: 'ids', ids: [w.seed, 999] }, format: 'tmx', from: 'en', to: 'uk' });
    expect(result).toMatchObject({ ok: false, error: { code: 'notFound', params: { id: 999 } } });
    expect(written()).toEqual([]);
  });
});

describe('the save dialog’s token', () => {
  it('is issued by the host only, for an absolute path', () => {
    const grants = { read: new PathGrants(), save: new PathGrants() };
    expect(dispatchHostCall(grants, HOST_GRANT_SAVE_PATH, { path: 'relative.tmx' })).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
    expect(dispatchHostCall(grants, HOST_GRANT_SAVE_PATH, { path: '/home/reader/a.tmx' })).toMatchObject({ ok: true, value: { token: expect.stringMatching(/^[0-9a-f]{32}$/u) } });
    expect(dispatchHostCall(grants, HOST_GRANT_SAVE_PATH, { paths: ['/home/reader/a.tmx'] })).toMatchObject({ ok: false });
  });
});
