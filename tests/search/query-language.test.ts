// The query language (src/shared/search), operator by operator and filter by filter, and how bad
// input degrades: what the lifted search tree and filters are for each query.
import { describe, expect, it } from 'vitest';
import { parseDatePeriod, parseQuery, type QueryNode } from '../../src/shared/search';

/** A compact rendering of the tree: words, "phrases", prefix*, -not, (a | b), [a b] for AND. */
function show(node: QueryNode | null): string {
  if (!node) return '∅';
  switch (node.type) {
    case 'word':
      return `${node.scope === 'title' ? 'title:' : ''}${node.text}${node.prefix ? '*' : ''}`;
    case 'phrase':
      return `${node.scope === 'title' ? 'title:' : ''}"${node.words.join(' ')}"`;
    case 'not':
      return `-${show(node.child)}`;
    case 'or':
      return `(${node.children.map(show).join(' | ')})`;
    case 'and':
      return `[${node.children.map(show).join(' ')}]`;
  }
}

describe('operators', () => {
  it.each([
    ['Kallas', 'Kallas'],
    ['Kallas NATO', '[Kallas NATO]'],
    ['"Financial Times"', '"Financial Times"'],
    ['„Financial Times“', '"Financial Times"'],
    ['«Financial Times»', '"Financial Times"'],
    ['Ukrain*', 'Ukrain*'],
    ['Kallas -Macron', '[Kallas -Macron]'],
    ['Kallas NOT Macron', '[Kallas -Macron]'],
    ['Kallas -"Financial Times"', '[Kallas -"Financial Times"]'],
    ['Kallas OR Каллас', '(Kallas | Каллас)'],
    ['NATO Kallas OR Macron', '[NATO (Kallas | Macron)]'],
    ['a OR b OR c', '(a | b | c)'],
    ['(Kallas OR Macron) NATO', '[(Kallas | Macron) NATO]'],
    ['NATO -(Kallas OR Macron)', '[NATO -(Kallas | Macron)]'],
    ['Kallas AND NATO', '[Kallas NATO]'],
    ['Kallas | NATO', '(Kallas | NATO)'],
    ["прем'єр-міністр", "[прем'єр міністр]"],
    ['премʼєр', "прем'єр"],
    ['title:Kallas NATO', '[title:Kallas NATO]'],
    ['title:"Prime Minister"', 'title:"Prime Minister"'],
    ['title:(Kallas OR Macron)', '(title:Kallas | title:Macron)'],
    ['-title:Kallas NATO', '[-title:Kallas NATO]'],
    // Two negations cancel; excluding only exclusions keeps what any of them excluded.
    ['Zelensky -(-Kyiv)', '[Zelensky Kyiv]'],
    ['Zelensky -(-(-Kyiv))', '[Zelensky -Kyiv]'],
    ['Zelensky -(-Kyiv -Odesa)', '[Zelensky (Kyiv | Odesa)]'],
    ['Zelensky -(-Kyiv Odesa)', '[Zelensky -[-Kyiv Odesa]]'],
  ])('%s', (input, tree) => {
    const parsed = parseQuery(input);
    expect(show(parsed.root)).toBe(tree);
    expect(parsed.hints).toEqual([]);
  });
});

describe('filters', () => {
  it('lang: one or several, and excluded', () => {
    expect(parseQuery('NATO lang:uk').filters.langs).toEqual(['uk']);
    expect(parseQuery('NATO lang:uk,et').filters.langs).toEqual(['uk', 'et']);
    expect(parseQuery('NATO lang:uk lang:en').filters.langs).toEqual(['uk', 'en']);
    expect(parseQuery('NATO -lang:en').filters.notLangs).toEqual(['en']);
  });

  it('agency: and its alias source:, with quoted values', () => {
    expect(parseQuery('NATO agency:UNN').filters.agencies).toEqual([{ words: ['UNN'], negated: false }]);
    expect(parseQuery('NATO source:УНН').filters.agencies).toEqual([{ words: ['УНН'], negated: false }]);
    expect(parseQuery('agency:"Financial Times"').filters.agencies).toEqual([{ words: ['Financial', 'Times'], negated: false }]);
    expect(parseQuery('NATO -agency:UNN').filters.agencies).toEqual([{ words: ['UNN'], negated: true }]);
  });

  it('place:', () => {
    expect(parseQuery('NATO place:Kyiv').filters.places).toEqual([{ words: ['Kyiv'], negated: false }]);
  });

  it('tag: one or several, quoted, and excluded; values OR together', () => {
    expect(parseQuery('NATO tag:energy').filters.tags).toEqual(['energy']);
    expect(parseQuery('tag:"EU politics" tag:energy').filters.tags).toEqual(['EU politics', 'energy']);
    expect(parseQuery('tag:energy,climate').filters.tags).toEqual(['energy', 'climate']);
    expect(parseQuery('NATO -tag:energy').filters.notTags).toEqual(['energy']);
    expect(parseQuery('NATO (tag:a OR tag:b)').hints).toEqual([]);
    expect(parseQuery('tag:').hints.map((h) => h.code)).toEqual(['emptyFilter']);
  });

  it.each([
    ['after:2024', '2024-01-01', null],
    ['after:2024-03', '2024-03-01', null],
    ['after:2024-01-01', '2024-01-01', null],
    ['before:2024-06', null, '2024-06-01'],
    ['after:2023-12-31 before:2025', '2023-12-31', '2025-01-01'],
  ])('%s', (input, after, before) => {
    const f = parseQuery(`NATO ${input}`).filters;
    expect(f.after).toBe(after);
    expect(f.before).toBe(before);
  });

  it('original: and translation: choose the side; with a word they also search it', () => {
    expect(parseQuery('NATO original:').filters.side).toBe('original');
    expect(parseQuery('NATO translation:yes').filters.side).toBe('translation');
    expect(parseQuery('NATO -original:').filters.side).toBe('translation');
    const withWord = parseQuery('original:Kallas');
    expect(withWord.filters.side).toBe('original');
    expect(show(withWord.root)).toBe('Kallas');
  });

  it('filter names are case-insensitive', () => {
    expect(parseQuery('NATO LANG:uk').filters.langs).toEqual(['uk']);
  });

  it.each([
    ['2024-02-30', null],
    ['2024-13', null],
    ['24', null],
    ['2024-02-29', { start: '2024-02-29', next: '2024-03-01' }],
    ['2024-12', { start: '2024-12-01', next: '2025-01-01' }],
  ])('date period %s', (value, period) => {
    expect(parseDatePeriod(value)).toEqual(period);
  });
});

describe('what cannot be read degrades to literal words, with a hint', () => {
  it.each([
    ['"Financial Times', '[Financial Times]', 'unbalancedQuote'],
    ['(Kallas NATO', '[Kallas NATO]', 'unbalancedParenthesis'],
    ['Kallas) NATO', '[Kallas NATO]', 'unbalancedParenthesis'],
    ['OR Kallas', 'Kallas', 'strayOperator'],
    ['Kallas OR', 'Kallas', 'strayOperator'],
    ['Kallas OR OR NATO', '(Kallas | NATO)', 'strayOperator'],
    ['NEAR(Kallas NATO)', '[Kallas NATO]', 'notOperator'],
    ['head:Kallas', '[head Kallas]', 'unknownFilter'],
    ['body:NATO OR x', '([body NATO] | x)', 'unknownFilter'],
    ['lang:', '∅', 'emptyFilter'],
    ['NATO after:yesterday', 'NATO', 'badDate'],
    ['NATO lang:"ukrainian language"', 'NATO', 'badLanguage'],
    ['a* NATO', '[a NATO]', 'shortPrefix'],
    ['NATO 🙂 &&', 'NATO', 'ignoredSymbols'],
    ['Kallas OR -NATO', 'Kallas', 'exclusionInOr'],
    ["SELECT * FROM versions; DROP TABLE stories; --", '[SELECT FROM versions DROP TABLE stories]', 'ignoredSymbols'],
  ])('%s', (input, tree, hint) => {
    const parsed = parseQuery(input);
    expect(show(parsed.root)).toBe(tree);
    if (hint) expect(parsed.hints.map((h) => h.code)).toContain(hint);
    else expect(parsed.hints).toEqual([]);
  });

  it('keeps at most 32 words of a very long query', () => {
    const parsed = parseQuery('слово '.repeat(2000));
    expect(parsed.hints.map((h) => h.code)).toContain('tooManyTerms');
    expect(parsed.root?.type === 'and' && parsed.root.children.length).toBe(32);
  });
});
