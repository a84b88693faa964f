// No input makes search throw anything but a typed error or reach SQLite as syntax: arbitrary
// strings, and strings built from the query language's own pieces, against a real FTS5 index.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import { parseQuery } from '../../src/shared/search';
import { compileQuery } from '../../src/main/core/search/query-compile';
import { search } from '../../src/main/core/search/search';
import { isDiptychError } from '../../src/shared/errors';
import { seedArchive } from './helpers';
import { searching } from '../support/searching';

const PIECES = [
  '"', '(', ')', '-', '*', ':', 'OR', 'AND', 'NOT', 'NEAR(', 'NEAR/3', '^', '+', '{head}', 'head:', 'body_x:',
  'lang:', 'lang:uk', 'agency:', 'source:"', 'place:', 'title:', 'title:(', 'after:', 'before:2024-13', 'after:2024-02-29',
  'original:', 'translation:', "прем'єр", 'премʼєр', 'Kallas', 'Каллас', 'Україна', 'mäe', '🙂', '\u0000', '\u00A0', '—',
  '«', '»', '„', '“', "'", '`', 'ʼ', '’', ';', 'DROP TABLE stories;', "' OR 1=1 --", '%', '_', '\\', 'x*', '**', '*x',
];

const queryish = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 }), fc.string({ unit: 'grapheme', maxLength: 4 })), { maxLength: 14 })
  .map((parts) => parts.join(fc.sample(fc.constantFrom(' ', '', '  '), 1)[0] ?? ' '));

describe('any query', () => {
  let db: Database;
  beforeAll(() => ({ db } = seedArchive()));
  afterAll(() => db.close());

  it('parses without throwing, and compiles to FTS5 that SQLite accepts', () => {
    const match = db.prepare('SELECT count(*) FROM search_fts WHERE search_fts MATCH ?').pluck();
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), queryish), (input) => {
        const parsed = parseQuery(input);
        const compiled = compileQuery(parsed);
        if (compiled.match !== null) expect(() => match.get(compiled.match)).not.toThrow();
      }),
      { numRuns: 1500 },
    );
  });

  it('searches without an error other than a typed DiptychError', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 300 }), queryish), fc.constantFrom('relevance', 'newest', 'oldest' as const), (input, sort) => {
        try {
          const result = search(searching(db), input, { sort, limit: 5 });
          expect(result.total).toBeGreaterThanOrEqual(0);
          expect(result.total).toBeLessThanOrEqual(1);
        } catch (e) {
          expect(isDiptychError(e)).toBe(true);
        }
      }),
      { numRuns: 600 },
    );
  });

  it('reads ten thousand characters of anything', () => {
    fc.assert(
      // Ten thousand code points: astral ones take two UTF-16 units, and still count as one.
      fc.property(fc.string({ unit: 'binary', minLength: 10_000, maxLength: 10_000 }), (input) => {
        const result = search(searching(db), input, { limit: 5 });
        expect(Array.isArray(result.hints)).toBe(true);
      }),
      { numRuns: 5 },
    );
  });
});
