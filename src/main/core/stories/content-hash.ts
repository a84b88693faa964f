// A version's identity for de-duplication: its blocks' kinds and text, with Unicode and
// white space normalized, so that re-saving a file or changing line endings is no change.
import { createHash } from 'node:crypto';
import type { ParsedBlock } from '../import/parsed';

/** White space other than the plain space (`\s` is Unicode's white space with or without the u flag). */
const OTHER_SPACE = /[^\S ]/;

/** Runs of white space as one space, ends trimmed — without a copy when there is nothing to do. */
function collapsed(text: string): string {
  // Native scans, not a loop over the characters in JavaScript: half the hash's cost before.
  const n = text.length;
  const tidy = n === 0 || (text.charCodeAt(0) !== 0x20 && text.charCodeAt(n - 1) !== 0x20 && !text.includes('  ') && !OTHER_SPACE.test(text));
  return tidy ? text : text.replace(/\s+/gu, ' ').trim();
}

/** SHA-256 of kind, NUL, normalized text, U+0001 for every block (one update: the same digest). */
export function contentHash(blocks: readonly ParsedBlock[]): string {
  let data = '';
  for (const b of blocks) data += `${b.kind}\u0000${collapsed(b.text.normalize('NFC'))}\u0001`;
  return createHash('sha256').update(data).digest('hex');
}
