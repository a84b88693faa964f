import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/main/core/import/decode';
import { seedText } from '../support/archive';

const uk = seedText('uk');

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + i * 2] = bigEndian ? c >> 8 : c & 0xff;
    out[3 + i * 2] = bigEndian ? c & 0xff : c >> 8;
  }
  return out;
}

/** Encodes Cyrillic text as Windows-1251 (the letters and punctuation the fixture uses). */
function cp1251(text: string): Uint8Array {
  const decoder = new TextDecoder('windows-1251');
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(new Uint8Array([b])), b);
  return new Uint8Array([...text].map((ch) => table.get(ch) ?? 0x3f));
}

// Node's own windows-1252 decoder reads 0x80–0x9F as controls, so the test carries the table.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
function cp1252Byte(ch: string): number {
  const high = CP1252_HIGH.indexOf(ch);
  if (high >= 0) return 0x80 + high;
  const code = ch.charCodeAt(0);
  if (code < 0x100) return code;
  throw new Error(`not in Windows-1252: ${ch}`);
}

describe('decoding a file', () => {
  it.each([
    ['UTF-8', new TextEncoder().encode(uk), 'utf-8'],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(uk)]), 'utf-8'],
    ['UTF-16 LE with BOM', utf16(uk, false), 'utf-16le'],
    ['UTF-16 BE with BOM', utf16(uk, true), 'utf-16be'],
  ])('reads %s', (_name, bytes, encoding) => {
    const decoded = decodeText(bytes);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toBe(uk);
  });

  it('reads Windows-1251 Cyrillic', () => {
    const text = 'Київ • УНН\nПрем’єр-міністр Естонії Кая Каллас: «навчання» — ґанок, їжак, єнот.';
    const decoded = decodeText(cp1251(text));
    expect(decoded.encoding).toBe('windows-1251');
    expect(decoded.text).toBe(text);
  });

  it.each([
    ['German', 'Berlin • dpa\nDer Präsident äußerte sich über die Außenbeauftragte: „Wir müssen handeln.“ – 5 €'],
    ['Estonian', 'Tallinn • ERR\nÕhtul ütles peaminister, et välisministeeriumi töö jätkub; öösel üle 20 °C.'],
    ['French', 'Paris • AFP\nLe président a déclaré : « Nous sommes prêts » — l’été dernier, à Genève.'],
  ])('reads %s in Windows-1252 / Latin-1, not as mojibake Cyrillic', (_name, text) => {
    const bytes = new Uint8Array([...text].map((ch) => cp1252Byte(ch)));
    const decoded = decodeText(bytes);
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.text).toBe(text);
  });

  it.each([
    ['binary with NUL bytes', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x0d, 0x0a])],
    ['random high bytes', new Uint8Array(Array.from({ length: 300 }, (_, i) => 0x80 + ((i * 37) % 64)))],
    ['a BOM followed by invalid UTF-8', new Uint8Array([0xef, 0xbb, 0xbf, 0xc3, 0x28, 0xa0, 0xa1])],
  ])('refuses %s as undecodable', (_name, bytes) => {
    expect(() => decodeText(bytes)).toThrowError(expect.objectContaining({ code: 'undecodableText' }));
  });
});
