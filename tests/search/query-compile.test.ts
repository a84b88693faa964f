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

describe('the column filter of the matching expression', () => {
  const TEXT_COLUMNS = '{head head_x lead lead_x body body_x}';
  it.each([
    ['no agency or place words known', 'energy', undefined, true],
    ['forms in no agency or place', 'energy', new Set(['unn', 'kyiv']), false],
    ['a form that is an agency word', 'energy', new Set(['energy', 'wire']), true],
    ['a stem that is a place word', 'energies', new Set(['energi']), true],
    ['a prefix that starts a place word', 'kyi*', new Set(['kyiv']), true],
    ['a prefix that starts none', 'parl*', new Set(['kyiv']), false],
  ])('%s: %s', (_label, query, fieldWords, filtered) => {
    const { keysMatch, match } = compileQuery(parseQuery(query), undefined, undefined, fieldWords && (() => fieldWords));
    expect(keysMatch!.includes(TEXT_COLUMNS)).toBe(filtered);
    // The expression bm25() ranks by keeps its columns whatever the fields hold.
    expect(match).toContain(TEXT_COLUMNS);
  });
});
