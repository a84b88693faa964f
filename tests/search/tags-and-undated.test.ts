// tag: filters stories by their tags (as imported from front matter or feed categories), and a
// date filter says how many stories it left out for having no date (`Kallas after:2020`), and a
// language filter says when the archive holds no version in that language.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import { importSources } from '../../src/main/core/pipeline/import';
import { search } from '../../src/main/core/search/search';
import { memoryArchive } from '../support/archive';
import { searching } from '../support/searching';

function markdown(name: string, front: Record<string, string>, body: string, words = 'Kallas.'): { name: string; bytes: Uint8Array } {
  const yaml = Object.entries(front).map(([k, v]) => `${k}: ${v}`).join('\n');
  return { name, bytes: new TextEncoder().encode(`---\n${yaml}\n---\n# ${body}\n\n${body} ${words}\n`) };
}

describe('tags and undated stories in search', () => {
  let db: Database;
  beforeEach(() => {
    db = memoryArchive();
    const report = importSources(db, [
      markdown('energy.md', { lang: 'en', date: '2024-03-01', tags: '[energy, "EU politics"]' }, 'Gas prices in the Baltics'),
      markdown('defence.md', { lang: 'en', date: '2019-05-01', tags: '[defence]' }, 'Training on the border'),
      markdown('undated.md', { lang: 'en', tags: '[energy]' }, 'Wind farms at sea'),
      markdown('undated2.md', { lang: 'uk' }, 'Вітрові електростанції', 'Вітер.'),
    ]);
    expect(report.imported).toHaveLength(4);
  });
  afterEach(() => db.close());

  const headlines = (q: string): string[] =>
    search(searching(db), q).stories.map((s) => s.versions[0]!.headline).sort();

  it('tag: keeps stories with that tag, in any case; -tag: leaves them out; values OR together', () => {
    expect(headlines('Kallas tag:energy')).toEqual(['Gas prices in the Baltics', 'Wind farms at sea']);
    expect(headlines('Kallas tag:ENERGY')).toEqual(['Gas prices in the Baltics', 'Wind farms at sea']);
    expect(headlines('Kallas tag:"eu politics"')).toEqual(['Gas prices in the Baltics']);
    expect(headlines('Kallas -tag:energy')).toEqual(['Training on the border']);
    expect(headlines('Kallas (tag:defence OR tag:"EU politics")')).toEqual(['Gas prices in the Baltics', 'Training on the border']);
    expect(headlines('tag:energy')).toEqual(['Gas prices in the Baltics', 'Wind farms at sea']);
    expect(headlines('Kallas tag:nothing')).toEqual([]);
  });

  it('a date filter says how many undated stories it left out', () => {
    const result = search(searching(db), 'Kallas after:2020');
    expect(result.total).toBe(1);
    expect(result.hints).toEqual([{ code: 'undatedLeftOut', count: 1 }]);
    // Only stories the rest of the query would have kept count: the Ukrainian one has no Kallas.
    expect(search(searching(db), 'Kallas before:2019').hints).toEqual([{ code: 'undatedLeftOut', count: 1 }]);
    expect(search(searching(db), 'after:2020').hints).toEqual([{ code: 'undatedLeftOut', count: 2 }]);
    expect(search(searching(db), 'Kallas after:2020 lang:uk').hints).toEqual([]);
    expect(search(searching(db), 'Kallas').hints).toEqual([]);
  });

  it('a language no version is written in says so, and a present one or a variant of it does not', () => {
    expect(search(searching(db), 'Kallas lang:lv')).toMatchObject({ total: 0, hints: [{ code: 'languageAbsent', text: 'lv' }] });
    expect(search(searching(db), 'Kallas lang:lv,en').hints).toEqual([{ code: 'languageAbsent', text: 'lv' }]);
    expect(search(searching(db), 'lang:EN').hints).toEqual([]);
    expect(search(searching(db), 'Kallas -lang:lv').hints).toEqual([]);
    expect(search(searching(db), 'Kallas lang:xx-yy').hints).toEqual([{ code: 'languageAbsent', text: 'xx-yy' }]);
  });
});
