// Turning a file's bytes into text: UTF-8 (with or without BOM), UTF-16 with BOM, and
// Windows-1251 for older Cyrillic files. Anything else is refused rather than garbled.
import { DiptychError } from '../../../shared/errors';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251';

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
    return { text: new TextDecoder('windows-1251').decode(body), encoding: 'windows-1251' };
  }
  throw new DiptychError('undecodableText');
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
