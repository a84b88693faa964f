// A pathological but real input: one paragraph holding hundreds of thousands of matches.
import { describe, expect, it } from 'vitest';
import { importSources } from '../../src/main/core/import/import-files';
import { search } from '../../src/main/core/search/search';
import { memoryArchive } from '../support/archive';

describe('a paragraph with a very large number of matches', () => {
  it('is found and shown, not a stack overflow', () => {
    const db = memoryArchive();
    const text = `A headline about words\nKyiv • UNN\n${'word '.repeat(300_000)}\nA last word.`;
    importSources(db, [{ name: 'huge.en.txt', bytes: new TextEncoder().encode(text) }]);
    const result = search(db, 'word');
    expect(result.total).toBe(1);
    expect(result.stories[0]!.hits.length).toBeGreaterThan(0);
  });
});
