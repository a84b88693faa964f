// Imports of paths run on a worker thread with its own connection: progress arrives as events,
// a cancelled import leaves a consistent archive, and the API's other import methods (paste,
// detach, move) work through the same validated dispatch the app uses.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import type { ImportProgressEvent, ImportResult } from '../../src/shared/api';
import { PathGrants } from '../../src/main/core/api/path-grants';
import { createApiHandlers } from '../../src/main/core/api/handlers';
import { dispatchApiCall } from '../../src/main/core/api/dispatch';
import { openArchive } from '../../src/main/core/db/open';
import { ImportRunner, estimateSecondsLeft } from '../../src/main/core/import/worker/import-runner';
import { importPaths } from '../../src/main/core/pipeline/import';
import { getStory } from '../../src/main/core/stories/repository';
import { seedText } from '../support/archive';

const FIXTURES = resolve(__dirname, '../fixtures/import');

function writeStories(dir: string, count: number): void {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    writeFileSync(join(dir, `story-${i}.en.txt`), `Headline number ${i}\nKyiv • UNN\nLead of story ${i}.\nA paragraph of story ${i}.`);
    writeFileSync(join(dir, `story-${i}.uk.txt`), `Заголовок номер ${i}\nКиїв • УНН\nЛід матеріалу ${i}.\nАбзац матеріалу ${i}.`);
  }
}

describe('the import worker', () => {
  let dir: string;
  let dbPath: string;
  let db: Database;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'diptych-import-worker-'));
    dbPath = join(dir, 'archive.db');
    db = openArchive(dbPath);
  });
  afterEach(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('imports a folder off the calling thread, reporting progress and a final report', async () => {
    const events: ImportProgressEvent[] = [];
    const runner = new ImportRunner({ dbPath, progressMs: 0, onProgress: (e) => events.push(e) });
    const result = await runner.run({ paths: [FIXTURES] });
    expect(result.cancelled).toBe(false);
    // 3 pages + 2 + 2 + 1 feed items + 3 notes + 3 JSON versions + 1 hostile page; the feeds with entities fail.
    expect(result.counts).toEqual({ imported: 15, duplicates: 0, failed: 3, stories: new Set(result.imported.map((i) => i.story)).size });
    expect(result.failed.map((f) => f.error.code)).toEqual(['unsafeXml', 'unsafeXml', 'unsafeXml']);
    expect(events.length).toBeGreaterThan(3);
    expect(events.at(-1)).toMatchObject({ done: events.at(-1)!.total, file: '', imported: 15, failed: 3 });
    expect(events.every((e) => e.jobId === result.jobId && e.done <= e.total)).toBe(true);
    // The caller's own connection sees what the worker wrote.
    expect((db.prepare('SELECT COUNT(*) AS n FROM versions').get() as { n: number }).n).toBe(15);
  });

  it('stops when cancelled, keeping every imported story whole, and refuses a second import meanwhile', async () => {
    writeStories(join(dir, 'many'), 400);
    let cancelled = false;
    const runner = new ImportRunner({
      dbPath,
      progressMs: 0,
      onProgress: (e) => {
        if (!cancelled && e.imported >= 20) cancelled = runner.cancel();
      },
    });
    const job = runner.run({ paths: [join(dir, 'many')] });
    await expect(runner.run({ paths: [FIXTURES] })).rejects.toMatchObject({ code: 'importBusy' });
    const result = await job;
    expect(result.cancelled).toBe(true);
    expect(result.counts.imported).toBeGreaterThanOrEqual(20);
    expect(result.counts.imported).toBeLessThan(800);
    const versions = (db.prepare('SELECT COUNT(*) AS n FROM versions').get() as { n: number }).n;
    expect(versions).toBe(result.counts.imported);
    // No story left without versions, no version without its blocks.
    expect(db.prepare('SELECT COUNT(*) AS n FROM stories s WHERE NOT EXISTS (SELECT 1 FROM versions v WHERE v.story_id = s.id)').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT COUNT(*) AS n FROM versions v WHERE (SELECT COUNT(*) FROM blocks b WHERE b.version_id = v.id) < 3').get()).toEqual({ n: 0 });
    expect(runner.busy).toBe(false);
  });

  it('keeps complete counts while the report lists stop at their limit (flat memory for huge imports)', () => {
    writeStories(join(dir, 'few'), 3);
    const report = importPaths(db, [join(dir, 'few'), join(dir, 'missing')], { listLimit: 2 });
    expect(report.counts).toEqual({ imported: 6, duplicates: 0, failed: 1, stories: 3 });
    expect(report.imported).toHaveLength(2);
    expect(report.failed).toHaveLength(1);
  });

  it('estimates the time left from the rate so far', () => {
    expect(estimateSecondsLeft(0, 1000, 5000)).toBeNull();
    expect(estimateSecondsLeft(500, 1000, 100)).toBeNull();
    expect(estimateSecondsLeft(250, 1000, 2000)).toBe(6);
    expect(estimateSecondsLeft(1000, 1000, 2000)).toBe(0);
  });
});

describe('the import worker, alone with the archive', () => {
  it('has closed its connection when the import resolves, so the next to open the archive finds it free', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'diptych-import-worker-'));
    try {
      const dbPath = join(dir, 'archive.db');
      openArchive(dbPath).close();
      writeStories(join(dir, 'many'), 300);
      const result = await new ImportRunner({ dbPath, onProgress: () => {} }).run({ paths: [join(dir, 'many')] });
      expect(result.counts.imported).toBe(600);
      // Its last connection closed, SQLite folds the write-ahead log in and removes it: a log still
      // there means the worker was still closing (holding the archive locked) when it said done.
      expect(existsSync(`${dbPath}-wal`)).toBe(false);
      const db = openArchive(dbPath);
      expect((db.prepare('SELECT COUNT(*) AS n FROM versions').get() as { n: number }).n).toBe(600);
      db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('import over the API', () => {
  let dir: string;
  let db: Database;
  let call: (method: string, input?: unknown) => Promise<{ ok: boolean; value?: any; error?: any }>;
  let grants: PathGrants;
  const events: ImportProgressEvent[] = [];
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'diptych-import-api-'));
    const dbPath = join(dir, 'archive.db');
    db = openArchive(dbPath);
    grants = new PathGrants();
    const handlers = createApiHandlers({ db, dbPath, grants, emit: (event, payload) => event === 'importProgress' && events.push(payload as ImportProgressEvent) });
    call = (method, input) => dispatchApiCall(handlers, method, input) as never;
  });
  afterEach(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('imports paths through the worker and emits importProgress events', async () => {
    // The renderer holds tokens for what the reader chose, never paths.
    const result = await call('importPaths', { tokens: grants.grant([join(FIXTURES, 'pages')]) });
    expect(result.ok).toBe(true);
    expect((result.value as ImportResult).counts.imported).toBe(3);
    expect(events.some((e) => e.total === 3)).toBe(true);
    expect(await call('importPaths', { tokens: [] })).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
    expect(await call('importPaths', { paths: ['/etc'] })).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
    expect(await call('cancelImport')).toEqual({ ok: true, value: { cancelled: false } });
  });

  it('pastes text as a new story, then as a version of the open story', async () => {
    const first = await call('importText', { text: seedText('en') });
    const storyId = first.value.imported[0].story;
    const second = await call('importText', { text: seedText('uk'), storyId, provenance: 'human' });
    expect(second.value.imported[0]).toMatchObject({ story: storyId, lang: 'uk' });
    expect(getStory(db, storyId).versions.map((v) => [v.lang, v.original, v.provenance])).toEqual([
      ['en', true, 'official'],
      ['uk', false, 'human'],
    ]);
    // Pasting the same text again is recognised.
    expect((await call('importText', { text: seedText('uk') })).value.counts).toEqual({ imported: 0, duplicates: 1, failed: 0, stories: 1 });
    // Markdown with front matter is read as Markdown.
    const md = await call('importText', { text: '---\ntitle: Notes from the ferry\nlang: en\n---\n\nIt was cold on deck.' });
    expect(getStory(db, md.value.imported[0].story).versions[0]!.blocks.map((b) => b.kind)).toEqual(['headline', 'lead']);
  });

  it('detaches a version into a story of its own and moves it back', async () => {
    const en = await call('importText', { text: seedText('en') });
    const storyId = en.value.imported[0].story;
    const uk = await call('importText', { text: seedText('uk'), storyId });
    const versionId = uk.value.imported[0].version;
    const detached = await call('detachVersion', { versionId });
    expect(detached.ok).toBe(true);
    const own = getStory(db, detached.value.storyId);
    expect(own.versions.map((v) => [v.lang, v.original])).toEqual([['uk', true]]);
    expect(getStory(db, storyId).versions.map((v) => v.lang)).toEqual(['en']);
    // The last version of a story cannot be detached; a story cannot take a second English version.
    expect(await call('detachVersion', { versionId })).toMatchObject({ ok: false, error: { code: 'lastVersion' } });
    const enVersion = en.value.imported[0].version;
    expect(await call('moveVersion', { versionId: enVersion, storyId: storyId })).toMatchObject({ ok: true });
    // Moving the only version out of a story merges the two; the emptied story goes.
    expect(await call('moveVersion', { versionId, storyId })).toEqual({ ok: true, value: { storyId } });
    expect(getStory(db, storyId).versions.map((v) => [v.lang, v.original])).toEqual([['en', true], ['uk', false]]);
    expect(await call('getStory', { id: detached.value.storyId })).toMatchObject({ ok: false, error: { code: 'notFound' } });
    const other = await call('importText', { text: 'Another story\nIts lead, in English.' });
    expect(await call('moveVersion', { versionId: other.value.imported[0].version, storyId })).toMatchObject({
      ok: false,
      error: { code: 'duplicateLanguage' },
    });
  });
});
