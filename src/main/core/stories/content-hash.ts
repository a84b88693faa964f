// A version's identity for de-duplication: its blocks' kinds and text, with Unicode and
// white space normalized, so that re-saving a file or changing line endings is no change.
import { createHash } from 'node:crypto';
import type { ParsedBlock } from '../import/parsed';

/** SHA-256 of kind, NUL, normalized text, U+0001 for every block (one update: the same digest). */
export function contentHash(blocks: readonly ParsedBlock[]): string {
  let data = '';
  for (const b of blocks) data += `${b.kind}\u0000${b.text.normalize('NFC').replace(/\s+/gu, ' ').trim()}\u0001`;
  return createHash('sha256').update(data).digest('hex');
}
