// The query as written, as a tree (src/shared/search): filters are nodes, the printer writes the
// tree back in one spelling, and facets are added and taken out on the tree, not in the text.
import { describe, expect, it } from 'vitest';
import {
  activeFacets,
  hasFacet,
  parseSyntax,
  printQuery,
  toggleFacet,
  type FacetKind,
  type SyntaxNode,
} from '../../src/shared/search';

/** Terms as written, "phrases", name:value filters, -negation, (groups), a | b, [a b]. */
function show(node: SyntaxNode | null): string {
  if (!node) return '∅';
  const minus = 'negated' in node && node.negated ? '-' : '';
  switch (node.type) {
    case 'term':
      return `${minus}${node.text}`;
    case 'phrase':
      return `${minus}"${node.text}${node.closed ? '"' : '…'}`;
    case 'filter':
      return `${minus}{${node.name}=${node.quoted ? `"${node.value}"` : node.value}}`;
    case 'group':
      return `${minus}${node.name ? `${node.name}:` : ''}(${show(node.body)}${node.closed ? ')' : '…'}`;
    case 'or':
      return node.children.map(show).join(' | ');
    case 'and':
      return `[${node.children.map(show).join(' ')}]`;
  }
}

describe('the syntax tree', () => {
  it.each([
    ['Kallas', 'Kallas'],
    ['Kallas -lang:uk', '[Kallas -{lang=uk}]'],
    ['Kallas NOT lang:uk', '[Kallas -{lang=uk}]'],
    ['NOT NOT x', '[-NOT x]'],
    ['agency:"Financial Times" place:Kyiv', '[{agency="Financial Times"} {place=Kyiv}]'],
    ['body_x:Kallas', '{body_x=Kallas}'],
    ['a OR b c', '[a | b c]'],
    ['a | b || c', 'a | b | c'],
    ['-(Kallas lang:en) NATO', '[-([Kallas {lang=en}]) NATO]'],
    ['title:(a OR b)', 'title:(a | b)'],
    ['original:(Kallas', 'original:(Kallas…'],
    ['"Financial Times', '"Financial Times…'],
    ['NEAR(Kallas NATO)', '([Kallas NATO])'],
    ['Kallas) NATO', '[Kallas NATO]'],
    ['Kallas AND NATO', '[Kallas NATO]'],
    ['«Kallas» −Macron', '["Kallas" -Macron]'],
  ])('%s', (input, tree) => {
    expect(show(parseSyntax(input).root)).toBe(tree);
  });

  it('says what the syntax left unclear', () => {
    const codes = (q: string) => parseSyntax(q).hints.map((h) => `${h.code}:${h.text ?? ''}`);
    expect(codes('Kallas OR')).toEqual(['strayOperator:OR']);
    expect(codes('NOT')).toEqual(['strayNot:NOT']);
    expect(codes('Kallas NOT')).toEqual(['strayNot:NOT']);
    expect(codes('AND')).toEqual(['strayOperator:AND']);
    expect(codes('Kallas AND')).toEqual(['strayOperator:AND']);
    expect(codes('AND Kallas')).toEqual(['strayOperator:AND']);
    expect(codes('Kallas AND NATO')).toEqual([]);
    expect(codes('(a')).toEqual(['unbalancedParenthesis:(']);
    expect(codes('a)')).toEqual(['unbalancedParenthesis:)']);
    expect(codes('"a')).toEqual(['unbalancedQuote:']);
    expect(codes('NEAR/3(a b)')).toEqual(['notOperator:NEAR/3']);
  });
});

describe('printing the tree', () => {
  it.each([
    ['„Financial Times“ NOT Macron', '"Financial Times" -Macron'],
    ['Kallas | Каллас', 'Kallas OR Каллас'],
    ['Kallas AND NATO', 'Kallas NATO'],
    ['a OR OR b', 'a OR b'],
    ['(a b', '(a b'],
    ['x "y z', 'x "y z'],
    ['LANG:uk', 'LANG:uk'],
    ['NEAR AND (x)', 'NEAR AND (x)'],
    ['(a - )', '(a - )'],
    ['title:(a OR b)', 'title:(a OR b)'],
    ['−x  ( y )', '-x (y)'],
    ['3\u00A0000 премʼєр', "3000 прем'єр"],
    // The word `-lang:uk`, not the filter, however often it is negated.
    ['b NOT --lang:uk b', 'b NOT --lang:uk b'],
    ['NOT NOT --x', '-NOT --x'],
    ['-−x', '-−x'],
    ['', ''],
  ])('%j prints as %j', (input, printed) => {
    expect(printQuery(parseSyntax(input).root)).toBe(printed);
    expect(parseSyntax(printed).root).toEqual(parseSyntax(input).root);
  });
});

describe('facets on the tree', () => {
  const toggled = (q: string, kind: FacetKind, value: string) => printQuery(toggleFacet(parseSyntax(q).root, kind, value));
  const has = (q: string, kind: FacetKind, value: string) => hasFacet(parseSyntax(q).root, kind, value);

  it('an excluded language is not the language facet, and toggling leaves no stray minus', () => {
    expect(has('Kallas -lang:uk', 'lang', 'uk')).toBe(false);
    expect(toggled('Kallas -lang:uk', 'lang', 'uk')).toBe('Kallas lang:uk');
    expect(has('Kallas lang:uk', 'lang', 'uk')).toBe(true);
    expect(toggled('Kallas lang:uk', 'lang', 'uk')).toBe('Kallas');
    expect(toggled('lang:uk', 'lang', 'uk')).toBe('');
  });

  it.each([
    // query, facet, value, on?, after toggling
    ['Kallas', 'year', '2024', false, 'Kallas after:2024 before:2025'],
    ['Kallas after:2024 before:2025', 'year', '2024', true, 'Kallas'],
    ['Kallas after:2023 before:2024', 'year', '2024', false, 'Kallas after:2024 before:2025'],
    ['Kallas', 'agency', 'Financial Times', false, 'Kallas agency:"Financial Times"'],
    ['source:"financial times" x', 'agency', 'Financial Times', true, 'x'],
    ['agency:UNN', 'agency', 'УНН', false, 'agency:UNN agency:УНН'],
    ['(Kallas OR lang:uk)', 'lang', 'uk', false, '(Kallas OR lang:uk) lang:uk'],
    ['Kallas OR Каллас', 'lang', 'uk', false, 'Kallas OR Каллас lang:uk'],
    ['"Financial Times', 'lang', 'uk', false, '"Financial Times" lang:uk'],
    ['(NATO Kallas', 'lang', 'uk', false, '(NATO Kallas) lang:uk'],
    ['tag:Energy', 'tag', 'energy', true, ''],
    ['x', 'tag', 'EU politics', false, 'x tag:"EU politics"'],
    ['lang:uk,et', 'lang', 'uk', false, 'lang:uk,et lang:uk'],
  ] as const)('%s with %s %s', (query, kind, value, on, after) => {
    expect(has(query, kind, value)).toBe(on);
    expect(toggled(query, kind, value)).toBe(after);
  });

  it('lists the facets that are on, for chips', () => {
    expect(activeFacets(parseSyntax('Kallas lang:uk agency:UNN after:2024 before:2025 tag:x -lang:en after:2020').root)).toEqual([
      { kind: 'lang', value: 'uk' },
      { kind: 'agency', value: 'UNN' },
      { kind: 'year', value: '2024' },
      { kind: 'tag', value: 'x' },
    ]);
  });
});
