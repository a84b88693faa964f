// Turning a file's bytes into text: UTF-8 (with or without BOM), UTF-16 with BOM, and the two
// legacy code pages old news files come in: Windows-1251 (Cyrillic) and Windows-1252 (Western
// European, which includes Latin-1). A single-byte file is accepted only when the decoded text
// reads like a language — words of one script — and refused otherwise rather than garbled.
import { DiptychError } from '../../../shared/errors';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: strictDecode('utf-16le', bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: strictDecode('utf-16be', bytes.subarray(2)), encoding: 'utf-16be' };
  }
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  if (looksBinary(body)) throw new DiptychError('undecodableText');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    if (hasBom) throw new DiptychError('undecodableText');
  }
  if (looksLikeWindows1251(body)) {
    const text = new TextDecoder('windows-1251').decode(body);
    if (wordsKeepToOneScript(text)) return { text, encoding: 'windows-1251' };
  }
  if (looksLikeWindows1252(body)) {
    return { text: decodeWindows1252(body), encoding: 'windows-1252' };
  }
  throw new DiptychError('undecodableText');
}

/**
 * Real Cyrillic text has words of Cyrillic letters. German or Estonian in Latin-1 read as
 * Windows-1251 gives words that mix scripts ("ьber", "Prдsident"): not Cyrillic after all.
 */
function wordsKeepToOneScript(text: string): boolean {
  let cyrillicWords = 0;
  let mixed = 0;
  for (const [word] of text.matchAll(/\p{L}+/gu)) {
    if (!/\p{Script=Cyrillic}/u.test(word)) continue;
    cyrillicWords++;
    if (/\p{Script=Latin}/u.test(word)) mixed++;
  }
  return cyrillicWords > 0 && mixed <= cyrillicWords * 0.05;
}

/**
 * Western European text in Windows-1252 is mostly ASCII with a few accented letters; bytes the
 * code page leaves undefined, or accented letters everywhere (Cyrillic read the wrong way), say
 * it is something else.
 */
function looksLikeWindows1252(bytes: Uint8Array): boolean {
  let letters = 0;
  let high = 0;
  for (const b of bytes) {
    if (b === 0x81 || b === 0x8d || b === 0x8f || b === 0x90 || b === 0x9d) return false;
    if ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a)) letters++;
    else if (b >= 0xc0 && b !== 0xd7 && b !== 0xf7) {
      letters++;
      high++;
    }
  }
  return letters > 0 && high <= letters * 0.2;
}

function strictDecode(label: 'utf-16le' | 'utf-16be', bytes: Uint8Array): string {
  try {
    const text = new TextDecoder(label, { fatal: true }).decode(bytes);
    if (/[\u0000-\u0008\u000E-\u001F]/u.test(text)) throw new Error('control characters');
    return text;
  } catch {
    throw new DiptychError('undecodableText');
  }
}

/** NUL bytes or many control characters: not a text file. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control > n / 100 + 2;
}

/**
 * Windows-1251 text is mostly Cyrillic letters (0xC0–0xFF, 0xA8, 0xB8, 0xAA, 0xBA, 0xAF, 0xBF,
 * 0xB2, 0xB3, 0xA5, 0xB4) among ASCII; bytes 0x80–0xBF that are not letters or common
 * punctuation suggest another single-byte encoding, which we would only garble.
 */
function looksLikeWindows1251(bytes: Uint8Array): boolean {
  let high = 0;
  let letters = 0;
  for (const b of bytes) {
    if (b < 0x80) continue;
    high++;
    if (b >= 0xc0 || CP1251_EXTRA_LETTERS.has(b) || CP1251_PUNCTUATION.has(b)) letters++;
  }
  return high > 0 && letters / high >= 0.95;
}

const CP1251_EXTRA_LETTERS = new Set([0xa8, 0xb8, 0xaa, 0xba, 0xaf, 0xbf, 0xb2, 0xb3, 0xa5, 0xb4, 0xa1, 0xa2]);
// « » „ “ ” ‘ ’ – — … № NBSP § ° ·
const CP1251_PUNCTUATION = new Set([0xab, 0xbb, 0x84, 0x93, 0x94, 0x91, 0x92, 0x96, 0x97, 0x85, 0xb9, 0xa0, 0xa7, 0xb0, 0xb7]);

/** Characters of windows-1252's 0x80–0x9F (Node 20 decodes them as C1 controls, as ISO-8859-1 would). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/** Windows-1252 (and Latin-1, its subset) as the Encoding Standard defines it. */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    out += String.fromCharCode(
      ...Array.from(bytes.subarray(i, i + 8192), (b) => (b >= 0x80 && b < 0xa0 ? CP1252_HIGH.charCodeAt(b - 0x80) : b)),
    );
  }
  return out;
}
