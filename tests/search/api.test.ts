// Search through the API boundary the renderer uses: validated input, typed errors.
import { describe, expect, it } from 'vitest';
import { createApiHandlers } from '../../src/main/core/api/handlers';
import { dispatchApiCall } from '../../src/main/core/api/dispatch';
import type { SearchResult, StoryHighlights } from '../../src/shared/api/search';
import { seedArchive } from './helpers';

describe('the search API', () => {
  const { db, storyId } = seedArchive();
  const handlers = createApiHandlers({ db, dbPath: ':memory:', emit: () => {} });

  it('searches with defaults filled in, and pages', async () => {
    const r = await dispatchApiCall(handlers, 'search', { query: 'NATO' });
    expect(r.ok).toBe(true);
    const value = (r as { value: SearchResult }).value;
    expect(value.total).toBe(1);
    expect(value.stories[0]!.hits).toHaveLength(3);
    const page2 = await dispatchApiCall(handlers, 'search', { query: 'NATO', offset: 1 });
    expect((page2 as { value: SearchResult }).value.stories).toEqual([]);
  });

  it('refuses bad input and too long a query with typed errors', async () => {
    const bad = await dispatchApiCall(handlers, 'search', { query: 'x', sort: 'best' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
    const long = await dispatchApiCall(handlers, 'search', { query: 'x'.repeat(20_001) });
    expect(long).toMatchObject({ ok: false, error: { code: 'queryTooLong', params: { max: 20_000 } } });
  });

  it('gives the reader where the words are, in every version', async () => {
    const r = await dispatchApiCall(handlers, 'searchHighlights', { query: 'Kallas', storyId });
    const value = (r as { value: StoryHighlights }).value;
    const byLang = Object.fromEntries(value.versions.map((v) => [v.lang, v.blocks.length]));
    expect(byLang.en).toBeGreaterThan(3);
    expect(byLang.uk).toBeGreaterThan(3); // Каллас, across scripts
    expect(byLang.et).toBeGreaterThan(3);
  });
});
