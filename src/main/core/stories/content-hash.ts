// A version's identity for de-duplication: its blocks' kinds and text, with Unicode and
// white space normalized, so that re-saving a file or changing line endings is no change.
import { createHash } from 'node:crypto';
import type { ParsedBlock } from '../import/parsed';

/** White space as `\s` has it, but for the plain space. */
function isOtherSpace(c: number): boolean {
  return (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Runs of white space as one space, ends trimmed — without a copy when there is nothing to do. */
function collapsed(text: string): string {
  const n = text.length;
  let tidy = n === 0 || (text.charCodeAt(0) !== 0x20 && text.charCodeAt(n - 1) !== 0x20);
  for (let i = 0; tidy && i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 ? text.charCodeAt(i + 1) === 0x20 : (c <= 0x0d || c >= 0xa0) && isOtherSpace(c)) tidy = false;
  }
  return tidy ? text : text.replace(/\s+/gu, ' ').trim();
}

/** SHA-256 of kind, NUL, normalized text, U+0001 for every block (one update: the same digest). */
export function contentHash(blocks: readonly ParsedBlock[]): string {
  let data = '';
  for (const b of blocks) data += `${b.kind}\u0000${collapsed(b.text.normalize('NFC'))}\u0001`;
  return createHash('sha256').update(data).digest('hex');
}
