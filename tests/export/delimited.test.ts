// CSV and TSV fields: quoted exactly when RFC 4180 needs it, and whatever a field holds comes
// back from a real CSV parser (csv-parse) as it went in: quotes, apostrophes, newlines, CR, tabs.
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { delimitedField } from '../../src/main/core/export/delimited';

describe('delimitedField', () => {
  it.each([
    ['plain', ',', 'plain'],
    ['a, b', ',', '"a, b"'],
    ['a, b', '\t', 'a, b'],
    ['tab\there', '\t', '"tab\there"'],
    ['tab\there', ',', 'tab\there'],
    ['say "yes"', ',', '"say ""yes"""'],
    ["it's", ',', "it's"],
    ['line\nnext', ',', '"line\nnext"'],
    ['line\rnext', '\t', '"line\rnext"'],
    [' spaced ', ',', ' spaced '],
    ['', ',', ''],
  ] as const)('%j with %j', (value, delimiter, written) => {
    expect(delimitedField(value, delimiter)).toBe(written);
  });

  it.each([',', '\t'] as const)('round-trips any text through csv-parse (delimiter %j)', (delimiter) => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ unit: 'grapheme', maxLength: 30 }), { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const text = rows.map((r) => r.map((f) => delimitedField(f, delimiter)).join(delimiter)).join('\r\n');
        const back = parse(text, { delimiter, relax_column_count: true }) as string[][];
        // (Rows of two fields or more: a lone empty field would be an empty line, which parsers skip.)
        expect(back).toEqual(rows);
      }),
      { numRuns: 300, seed: 4180 },
    );
  });
});
