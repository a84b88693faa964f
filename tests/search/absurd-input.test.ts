// Pathological but real inputs: a paragraph with hundreds of thousands of matches, a query nested
// thousands of parentheses deep.
import { describe, expect, it } from 'vitest';
import { importSources } from '../../src/main/core/pipeline/import';
import { search } from '../../src/main/core/search/search';
import { memoryArchive } from '../support/archive';
import { searching } from '../support/searching';

describe('a paragraph with a very large number of matches', () => {
  it('is found and shown, not a stack overflow', () => {
    const db = memoryArchive();
    const text = `A headline about words\nKyiv • UNN\n${'word '.repeat(300_000)}\nA last word.`;
    importSources(db, [{ name: 'huge.en.txt', bytes: new TextEncoder().encode(text) }]);
    const result = search(searching(db), 'word');
    expect(result.total).toBe(1);
    expect(result.stories[0]!.hits.length).toBeGreaterThan(0);
  });
});

describe('a query nested thousands of parentheses deep', () => {
  it.each([
    ['balanced', `${'('.repeat(5000)}Kallas${')'.repeat(5000)}`],
    ['unbalanced', `${'('.repeat(5000)} Kallas`],
    ['negated groups', `${'-('.repeat(3000)}Kallas${')'.repeat(3000)}`],
  ])('(%s) is searched as its words, not a stack overflow', (_name, query) => {
    const db = memoryArchive();
    importSources(db, [{ name: 'k.en.txt', bytes: new TextEncoder().encode('Kallas speaks\nTallinn • ERR\nKaja Kallas said so.') }]);
    expect(() => search(searching(db), query)).not.toThrow();
  });

  it('still finds the words inside deep but reasonable nesting', () => {
    const db = memoryArchive();
    importSources(db, [{ name: 'k.en.txt', bytes: new TextEncoder().encode('Kallas speaks\nTallinn • ERR\nKaja Kallas said so.') }]);
    expect(search(searching(db), `${'('.repeat(40)}Kallas${')'.repeat(40)}`).total).toBe(1);
  });
});
