// The renderer's pure pieces: the route written in the URL hash (the library's filter, where a
// search opened a story, where to come back to) and stepping through results hit by hit.
import { describe, expect, it } from 'vitest';
import { formatRoute, parseRoute, type Route } from '../../src/renderer/src/app/route-hash';
import { nextHit, previousHit, stepStories } from '../../src/renderer/src/search/hit-steps';

describe('the route in the hash', () => {
  it.each<[Route, string]>([
    [{ view: 'library', filter: '', order: 'recentlyAdded' }, '#/'],
    [{ view: 'library', filter: 'lang:uk tag:"EU politics"', order: 'newest', at: 3 }, '#/?filter=lang%3Auk+tag%3A%22EU+politics%22&order=newest&at=3'],
    [{ view: 'search', q: 'Kallas -lang:uk', sort: 'relevance' }, '#/search?q=Kallas+-lang%3Auk'],
    [{ view: 'search', q: 'Kallas', sort: 'oldest', at: { story: 2, hit: 1 } }, '#/search?q=Kallas&sort=oldest&at=2.1'],
    [{ view: 'story', id: 12, left: 'en', right: 'uk', lang: 'uk', block: 3, q: 'Kallas', sort: 'newest' }, '#/story/12?left=en&right=uk&lang=uk&block=3&q=Kallas&sort=newest'],
    [{ view: 'story', id: 7 }, '#/story/7'],
  ])('%j ⇄ %s', (route, hash) => {
    expect(formatRoute(route)).toBe(hash);
    expect(formatRoute(parseRoute(hash))).toBe(hash);
  });

  it('reads what it does not know as the library, and bad values as the defaults', () => {
    expect(parseRoute('#/nowhere')).toEqual({ view: 'library', filter: '', order: 'recentlyAdded' });
    expect(parseRoute('#/search?q=x&sort=best&at=one')).toEqual({ view: 'search', q: 'x', sort: 'relevance' });
    expect(parseRoute('#/story/3?block=-1')).toMatchObject({ view: 'story', id: 3, block: undefined });
  });
});

describe('hit by hit', () => {
  // Three stories: 2 hits, 1 hit, and one not fetched yet.
  const hits = (story: number) => [2, 1][story];

  it('↓ walks the hits of a story, then the next story’s; it stops at the last', () => {
    const walk = [null as ReturnType<typeof nextHit>];
    for (let i = 0; i < 5; i++) walk.push(nextHit(walk[walk.length - 1]!, 3, hits));
    expect(walk.slice(1)).toEqual([
      { story: 0, hit: 0 },
      { story: 0, hit: 1 },
      { story: 1, hit: 0 },
      { story: 2, hit: 0 },
      { story: 2, hit: 0 },
    ]);
  });

  it('↑ goes back to the previous story’s last hit, and before the first to the search box', () => {
    expect(previousHit({ story: 1, hit: 0 }, hits)).toEqual({ story: 0, hit: 1 });
    expect(previousHit({ story: 0, hit: 1 }, hits)).toEqual({ story: 0, hit: 0 });
    expect(previousHit({ story: 0, hit: 0 }, hits)).toBeNull();
    expect(previousHit({ story: 3, hit: 0 }, hits)).toEqual({ story: 2, hit: 0 });
  });

  it('PageDown and PageUp step by stories, within the list', () => {
    expect(stepStories({ story: 0, hit: 1 }, 5, 3)).toEqual({ story: 2, hit: 0 });
    expect(stepStories({ story: 2, hit: 0 }, -5, 3)).toEqual({ story: 0, hit: 0 });
    expect(stepStories(null, 1, 0)).toBeNull();
    expect(nextHit(null, 0, hits)).toBeNull();
  });
});
