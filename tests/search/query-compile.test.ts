// From the lifted query to FTS5 (core/search/query-compile.ts): nothing the reader typed reaches
// SQLite as syntax, and a query of exclusions alone has nothing to search.
import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../src/shared/search';
import { compileQuery } from '../../src/main/core/search/query-compile';

describe('what has nothing to search', () => {
  it('a query of exclusions only has nothing to search', () => {
    expect(compileQuery(parseQuery('-Kallas -NATO')).searchable).toBe(false);
  });
});

describe('what reaches FTS5', () => {
  it('is only quoted word forms and operators written by the compiler', () => {
    const { match } = compileQuery(parseQuery('"a"" OR b" c* NEAR(x) col:y -z title:w agency:UNN place:"New York"'));
    expect(match).not.toBeNull();
    // Every quoted string holds letters, digits and spaces only.
    for (const q of match!.match(/"[^"]*"/gu) ?? []) expect(q).toMatch(/^"[\p{L}\p{M}\p{N} ]*"$/u);
    // Outside quotes: only operators, column sets, parentheses, prefix stars.
    const outside = match!.replace(/"[^"]*"/gu, '').replace(/\{[a-z_ ]+\}/gu, '');
    expect(outside).toMatch(/^[()*: ]*(?:(?:AND|OR|NOT)[()*: ]*)*$/u);
  });
});
