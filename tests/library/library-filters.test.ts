// The library filtered by language, agency, year and tag — the query language's filters, the same
// facets as search — in the library's own order, with counts to narrow by; and the first-run guide
// after the reader's own stories, removable in one action.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import type { LibraryFacets, StoryPage } from '../../src/shared/api/library';
import { createApiHandlers } from '../../src/main/core/api/handlers';
import { dispatchApiCall } from '../../src/main/core/api/dispatch';
import { importSources } from '../../src/main/core/pipeline/import';
import { seedSampleStories } from '../../src/main/core/sample/seed-samples';
import { search } from '../../src/main/core/search/search';
import { SAMPLE_DIR, memoryArchive } from '../support/archive';
import { searching } from '../support/searching';

const md = (name: string, front: Record<string, string>, headline: string) => ({
  name,
  bytes: new TextEncoder().encode(`---\n${Object.entries(front).map(([k, v]) => `${k}: ${v}`).join('\n')}\n---\n# ${headline}\n\n${headline}: Kallas spoke.\n`),
});

describe('the library, filtered', () => {
  let db: Database;
  let call: <T>(method: string, input?: unknown) => Promise<T>;
  beforeEach(() => {
    db = memoryArchive();
    expect(seedSampleStories(db, SAMPLE_DIR).outcome).toBe('seeded');
    const report = importSources(db, [
      md('a.en.md', { lang: 'en', source: 'UNN', date: '2024-03-01', tags: '[energy]' }, 'Gas in the Baltics'),
      md('a.uk.md', { lang: 'uk', source: 'УНН', date: '2024-03-01' }, 'Газ у Балтії'),
      md('b.md', { lang: 'et', source: 'ERR', date: '2023-06-01', tags: '[defence]' }, 'Õppus piiril'),
      md('c.md', { lang: 'en', source: 'Reuters', tags: '[energy]' }, 'Wind at sea'),
    ]);
    expect(report.failed).toEqual([]);
    const handlers = createApiHandlers({ db, dbPath: ':memory:', emit: () => {} });
    call = async <T,>(method: string, input?: unknown): Promise<T> => {
      const r = await dispatchApiCall(handlers, method, input);
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      return r.value as T;
    };
  });
  afterEach(() => db.close());

  /** The reader's own stories a filter keeps (the guide is in English, Ukrainian, Estonian, German, French and Polish). */
  const headlines = async (filter: string, order = 'recentlyAdded') =>
    (await call<StoryPage>('listStories', { filter, order })).stories.filter((s) => s.kind === 'story').map((s) => s.versions[0]!.headline);

  it('keeps the stories a filter names, in the library’s order', async () => {
    expect(await headlines('lang:uk')).toEqual(['Gas in the Baltics']);
    expect((await call<StoryPage>('listStories', { filter: 'lang:uk' })).total).toBe(6);
    expect((await call<StoryPage>('listStories', { filter: 'lang:uk -tag:energy' })).stories.map((s) => s.kind)).toEqual(Array(5).fill('guide'));
    // French and Polish: only the guide is in them.
    for (const lang of ['fr', 'pl']) {
      expect((await call<StoryPage>('listStories', { filter: `lang:${lang}` })).stories.map((s) => s.kind)).toEqual(Array(5).fill('guide'));
    }
    expect(await headlines('agency:UNN')).toEqual(['Gas in the Baltics']);
    expect(await headlines('agency:УНН')).toEqual(['Gas in the Baltics']);
    expect(await headlines('after:2024 before:2025')).toEqual(['Gas in the Baltics']);
    expect(await headlines('tag:energy', 'oldest')).toEqual(['Gas in the Baltics', 'Wind at sea']);
    expect(await headlines('tag:energy lang:et')).toEqual([]);
    const page = await call<StoryPage>('listStories', { filter: 'lang:en', limit: 2 });
    expect([page.total, page.stories.length]).toEqual([7, 2]);
  });

  it('counts what the filter keeps, by language, agency, year and tag', async () => {
    const all = await call<LibraryFacets>('libraryFacets', {});
    expect(all.total).toBe(8);
    expect(all.tag).toEqual([
      { value: 'energy', count: 2 },
      { value: 'defence', count: 1 },
    ]);
    expect(all.year.map((y) => y.value)).toEqual(['2024', '2023']);
    expect(all.lang.find((l) => l.value === 'en')?.count).toBe(7);
    const energy = await call<LibraryFacets>('libraryFacets', { filter: 'tag:energy' });
    expect(energy.total).toBe(2);
    expect(energy.agency.map((a) => a.value).sort()).toEqual(['Reuters', 'UNN']);
    expect(energy.tag).toEqual([{ value: 'energy', count: 2 }]);
    // A year leaves out the undated story, and says so.
    expect((await call<LibraryFacets>('libraryFacets', { filter: 'tag:energy after:2024 before:2025' })).hints).toEqual([
      { code: 'undatedLeftOut', count: 1 },
    ]);
  });

  it('puts the guide after the reader’s own stories, in the library and in search', async () => {
    for (const order of ['recentlyAdded', 'newest', 'oldest']) {
      const page = await call<StoryPage>('listStories', { order });
      expect(page.stories.map((s) => s.kind)).toEqual(['story', 'story', 'story', 'guide', 'guide', 'guide', 'guide', 'guide']);
    }
    // The guide mentions Kallas too (searching); the reader's stories come first in every order.
    for (const sort of ['relevance', 'newest', 'oldest'] as const) {
      const result = search(searching(db), 'Kallas OR Diptych', { sort });
      const kinds = result.stories.map((s) => s.guide);
      expect(kinds.indexOf(true)).toBeGreaterThan(0);
      expect(kinds.slice(kinds.indexOf(true)).every(Boolean)).toBe(true);
    }
  });

  it('removes the whole guide at once, and never brings it back', async () => {
    expect((await call<{ guideStories: number }>('stats')).guideStories).toBe(5);
    expect(await call('removeGuide', {})).toEqual({ stories: 5, kept: 0 });
    expect((await call<StoryPage>('listStories', {})).stories.map((s) => s.kind)).toEqual(['story', 'story', 'story']);
    expect((await call<{ guideStories: number }>('stats')).guideStories).toBe(0);
    expect(seedSampleStories(db, SAMPLE_DIR).outcome).toBe('alreadySeeded');
    expect(await call('removeGuide', {})).toEqual({ stories: 0, kept: 0 });
  });

  it('keeps what the reader added to a guide story, and only that', async () => {
    const report = importSources(db, [md('mine.ru.md', { lang: 'ru', source: 'ТАСС' }, 'Мой перевод')]);
    const mine = report.imported[0]!;
    const guideStory = (await call<StoryPage>('listStories', {})).stories.find((s) => s.kind === 'guide')!;
    await call('moveVersion', { versionId: mine.version, storyId: guideStory.id });
    expect(await call('removeGuide', {})).toEqual({ stories: 4, kept: 1 });
    const left = await call<{ kind: string; versions: { lang: string; original: boolean; headline: string }[] }>('getStory', { id: guideStory.id });
    expect(left.kind).toBe('story');
    expect(left.versions.map((v) => [v.lang, v.original, v.headline])).toEqual([['ru', true, 'Мой перевод']]);
    expect((await call<{ guideStories: number; stories: number }>('stats'))).toMatchObject({ guideStories: 0, stories: 4 });
    // The guide's text is gone from search; the reader's is found.
    expect(search(searching(db), 'Diptych').total).toBe(0);
    expect(search(searching(db), 'перевод').stories.map((s) => s.id)).toEqual([guideStory.id]);
  });
});
