// The query language's promises, for any input: it parses to a tree or to the one typed error
// (too long), printing a tree and parsing it again gives the same tree and the same search, and
// facets added to or taken out of any query are on, or off, afterwards.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_QUERY_CHARS } from '../../src/shared/api/search';
import { isDiptychError } from '../../src/shared/errors';
import {
  addFacet,
  hasFacet,
  parseQuery,
  parseSyntax,
  printQuery,
  removeFacet,
} from '../../src/shared/search';

const PIECES = [
  '"', '(', ')', '-', '−', '*', ':', 'OR', 'AND', 'NOT', '|', '||', 'NEAR', 'NEAR(', 'NEAR/3', '^2', 'head:', 'body_x:',
  'lang:', 'lang:uk', '-lang:uk', 'lang:uk,et', 'agency:', 'source:"', 'agency:"Financial Times"', 'place:Kyiv', 'tag:energy',
  'title:', 'title:(', 'after:', 'after:2024', 'before:2024-13', 'original:', 'translation:(', 'original:Kallas', "прем'єр",
  'премʼєр', 'Kallas', 'Каллас', 'x*', '🙂', '\u00A0', '3\u202F000', '«', '»', '„', '“', '`', ';', '\\', '-(', 'a', 'b',
];

const queryish = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 5 }), fc.string({ unit: 'grapheme', maxLength: 3 })), { maxLength: 14 })
  .chain((parts) =>
    fc
      .array(fc.constantFrom(' ', '', '  ', '\t'), { minLength: parts.length, maxLength: parts.length })
      .map((seps) => parts.map((p, i) => p + seps[i]).join('')),
  );
const anyQuery = fc.oneof(queryish, fc.string({ unit: 'binary', maxLength: 120 }));

const facet = fc.oneof(
  fc.record({ kind: fc.constantFrom('lang' as const), value: fc.constantFrom('uk', 'en', 'et') }),
  fc.record({ kind: fc.constantFrom('agency' as const), value: fc.constantFrom('UNN', 'Financial Times', 'УНН') }),
  fc.record({ kind: fc.constantFrom('year' as const), value: fc.constantFrom('2023', '2024') }),
  fc.record({ kind: fc.constantFrom('tag' as const), value: fc.constantFrom('energy', 'EU politics') }),
);

describe('any query', () => {
  it('parses to a tree, never throws', () => {
    fc.assert(
      fc.property(anyQuery, (input) => {
        const tree = parseSyntax(input);
        expect(Array.isArray(tree.hints)).toBe(true);
        const lifted = parseQuery(input);
        expect(Array.isArray(lifted.hints)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('is refused with the typed error queryTooLong past the limit, counted in code points', () => {
    const astral = '🙂'.repeat(MAX_QUERY_CHARS);
    expect(() => parseSyntax(astral)).not.toThrow();
    let error: unknown;
    try {
      parseSyntax(`${astral}x`);
    } catch (e) {
      error = e;
    }
    expect(isDiptychError(error) && error.code).toBe('queryTooLong');
  });

  it('prints to a query that parses to the same tree (print∘parse is stable)', () => {
    fc.assert(
      fc.property(anyQuery, (input) => {
        const tree = parseSyntax(input).root;
        const printed = printQuery(tree);
        expect(parseSyntax(printed).root).toEqual(tree);
        expect(printQuery(parseSyntax(printed).root)).toBe(printed);
      }),
      { numRuns: 3000 },
    );
  });

  it('prints to a query that searches the same words with the same filters', () => {
    fc.assert(
      fc.property(anyQuery, (input) => {
        const before = parseQuery(input);
        const after = parseQuery(printQuery(parseSyntax(input).root));
        expect(after.root).toEqual(before.root);
        expect(after.filters).toEqual(before.filters);
      }),
      { numRuns: 3000 },
    );
  });

  it('has a facet once it is added, not once it is taken out, and prints either way stably', () => {
    fc.assert(
      fc.property(anyQuery, facet, (input, { kind, value }) => {
        const added = addFacet(parseSyntax(input).root, kind, value);
        expect(hasFacet(added, kind, value)).toBe(true);
        expect(hasFacet(parseSyntax(printQuery(added)).root, kind, value)).toBe(true);
        const removed = removeFacet(added, kind, value);
        expect(hasFacet(removed, kind, value)).toBe(false);
        expect(hasFacet(parseSyntax(printQuery(removed)).root, kind, value)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('applies an added language facet to the search', () => {
    fc.assert(
      fc.property(anyQuery, fc.constantFrom('uk', 'et'), (input, lang) => {
        const parsed = parseQuery(printQuery(addFacet(parseSyntax(input).root, 'lang', lang)));
        expect(parsed.filters.langs).toContain(lang);
      }),
      { numRuns: 1000 },
    );
  });
});
