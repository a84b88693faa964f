// Filters inside groups, OR and excluded groups (QA D42): `-(lang:en)` excludes English, filter
// values of one kind may be ORed, and what cannot be said gets an accurate hint.
import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../src/shared/search';
import { search } from '../../src/main/core/search/search';
import { addStory } from './helpers';
import { memoryArchive } from '../support/archive';
import { searching } from '../support/searching';

const F = (q: string) => {
  const p = parseQuery(q);
  return { ...p.filters, hints: p.hints.map((h) => `${h.code}:${h.text ?? ''}`) };
};

describe('filters in groups (parser)', () => {
  it.each([
    // query, langs, notLangs, after, before, hints
    ['Kallas -(lang:en)', [], ['en'], null, null, []],
    ['Kallas -(lang:en OR lang:et)', [], ['en', 'et'], null, null, []],
    ['Kallas (lang:uk OR lang:et)', ['uk', 'et'], [], null, null, []],
    ['Kallas (lang:uk) OR (lang:et)', ['uk', 'et'], [], null, null, []],
    ['Kallas -(-lang:en)', ['en'], [], null, null, []],
    ['Kallas -(after:2024)', [], [], null, '2024-01-01', []],
    ['Kallas -before:2024-06', [], [], '2024-06-01', null, []],
    ['Kallas (lang:uk OR after:2024)', ['uk'], [], '2024-01-01', null, ['filterScope:after:2024']],
    ['Kallas OR lang:uk', ['uk'], [], null, null, ['filterScope:lang:uk']],
    ['-(Kallas lang:en) NATO', [], ['en'], null, null, ['filterScope:lang:en']],
  ])('%s', (query, langs, notLangs, after, before, hints) => {
    const f = F(query);
    expect({ langs: f.langs, notLangs: f.notLangs, after: f.after, before: f.before, hints: f.hints }).toEqual({
      langs,
      notLangs,
      after,
      before,
      hints,
    });
  });

  it('a word beside a filter in OR stays required, not an alternative to an earlier word', () => {
    const p = parseQuery('Kallas lang:uk OR NATO');
    expect(p.root).toEqual({
      type: 'and',
      children: [
        { type: 'word', text: 'Kallas', prefix: false, scope: 'all' },
        { type: 'word', text: 'NATO', prefix: false, scope: 'all' },
      ],
    });
    expect(p.hints.map((h) => h.code)).toEqual(['filterScope']);
  });
});

describe('filters in groups (search)', () => {
  it('Kallas -(lang:en) finds the stories with Kallas outside English', () => {
    const db = memoryArchive();
    const en = addStory(db, [{ lang: 'en', blocks: ['Kallas in Brussels', 'Text.'] }]);
    const uk = addStory(db, [{ lang: 'uk', blocks: ['Каллас у Брюсселі', 'Текст.'] }]);
    const et = addStory(db, [{ lang: 'et', blocks: ['Kallas Brüsselis', 'Tekst.'] }]);
    const ids = (q: string) => search(searching(db), q).stories.map((s) => s.id).sort();
    expect(ids('Kallas -(lang:en)')).toEqual([uk, et].sort());
    expect(ids('Kallas (lang:uk OR lang:et)')).toEqual([uk, et].sort());
    expect(ids('Kallas -(lang:uk OR lang:et)')).toEqual([en]);
    expect(search(searching(db), 'Kallas (lang:uk OR lang:et)').hints).toEqual([]);
    db.close();
  });
});
