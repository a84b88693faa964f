// Soft hyphens, zero-width spaces and joiners, and digit groups with no-break or thin spaces do
// not split a word (QA D43); real separators still do.
import { describe, expect, it } from 'vitest';
import { exactForm, tokenize } from '../../src/main/core/search/normalize';
import { search, searchHighlights } from '../../src/main/core/search/search';
import { IndexMaintainer } from '../../src/main/core/search/index-maintenance';
import { addStory } from './helpers';
import { memoryArchive } from '../support/archive';
import { searching } from '../support/searching';

describe('tokenizing', () => {
  it.each([
    // text, words as written, their forms
    ['mäe\u00adtee\u00adkaarte', ['mäe\u00adtee\u00adkaarte'], ['mäeteekaarte']],
    ['Sõna\u200bpiir', ['Sõna\u200bpiir'], ['sõnapiir']],
    ['zero\u200cwidth\u200djoin', ['zero\u200cwidth\u200djoin'], ['zerowidthjoin']],
    ['word\u2060joiner', ['word\u2060joiner'], ['wordjoiner']],
    ['3\u202f000 osalejat', ['3\u202f000', 'osalejat'], ['3000', 'osalejat']],
    ['1\u00a0250\u00a0000 євро', ['1\u00a0250\u00a0000', 'євро'], ['1250000', 'євро']],
    ['12\u2009500', ['12\u2009500'], ['12500']],
    // Still separate: a no-break space before a word, a group not of three digits, a plain space.
    ['2024\u00a0року', ['2024', 'року'], ['2024', 'року']],
    ['3\u00a000', ['3', '00'], ['3', '00']],
    ['3 000', ['3', '000'], ['3', '000']],
    ['\u00adлише', ['лише'], ['лише']],
  ])('%j', (text, words, forms) => {
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual(words);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(words);
    expect(tokens.map((t) => exactForm(t.text))).toEqual(forms);
  });
});

describe('searching', () => {
  it.each([
    ['mäeteekaarte', 'et', 'Valitsus kinnitas mäe\u00adtee\u00adkaarte eile.', 'mäe\u00adtee\u00adkaarte'],
    ['sõnapiir', 'et', 'Siin on Sõna\u200bpiir peidus.', 'Sõna\u200bpiir'],
    ['3000', 'et', 'Meeleavaldusel oli 3\u202f000 osalejat.', '3\u202f000'],
    ['3\u00a0000', 'et', 'Meeleavaldusel oli 3\u202f000 osalejat.', '3\u202f000'],
    ['"oli 3\u202f000"', 'et', 'Meeleavaldusel oli 3\u202f000 osalejat.', 'oli 3\u202f000'],
    ['Kallas', 'en', 'Kaja Kal\u00adlas spoke.', 'Kal\u00adlas'],
  ])('%s finds and highlights the word in “%s” text', (query, lang, paragraph, word) => {
    const db = memoryArchive();
    const id = addStory(db, [{ lang, blocks: ['Uudised', paragraph] }]);
    const result = search(searching(db), query);
    expect(result.total).toBe(1);
    expect(result.stories[0]!.hits[0]!.matched).toBe(word);
    const ranges = searchHighlights(searching(db), query, id).versions[0]!.blocks.find((b) => b.block === 1)!.ranges;
    expect(ranges.map(([s, e]) => paragraph.slice(s, e))).toEqual([word]);
    db.close();
  });
});

describe('archives indexed before (migration 5)', () => {
  it('queues for re-indexing the versions whose text holds such marks, and only those', async () => {
    const { migration005 } = await import('../../src/main/core/db/migrations/005-search-invisible-marks');
    const db = memoryArchive();
    addStory(db, [{ lang: 'et', blocks: ['Uudised', 'Valitsus kinnitas mäe\u00adtee\u00adkaarte.'] }]);
    addStory(db, [{ lang: 'et', blocks: ['Uudised', 'Meeleavaldusel oli 3\u202f000 osalejat.'] }]);
    addStory(db, [{ lang: 'et', blocks: ['Uudised', 'Tavaline tekst.'] }]);
    // The background maintenance re-indexes what is queued; a search never does.
    const maintain = (): number => new IndexMaintainer(db).reindexPending(1000);
    maintain();
    expect(db.prepare('SELECT COUNT(*) FROM search_pending').pluck().get()).toBe(0);
    const up = migration005.up;
    if (typeof up === 'function') up(db);
    else db.exec(up);
    const queued = db
      .prepare('SELECT b.text FROM search_pending p JOIN blocks b ON b.version_id = p.version_id AND b.position = 1 ORDER BY b.text')
      .pluck()
      .all();
    expect(queued).toEqual(['Meeleavaldusel oli 3\u202f000 osalejat.', 'Valitsus kinnitas mäe\u00adtee\u00adkaarte.']);
    maintain();
    expect(search(searching(db), 'mäeteekaarte').total).toBe(1);
    expect(db.prepare('SELECT COUNT(*) FROM search_pending').pluck().get()).toBe(0);
    db.close();
  });
});
