// A version's identity for de-duplication: its blocks' kinds and text, with Unicode and
// white space normalized, so that re-saving a file or changing line endings is no change.
import { createHash } from 'node:crypto';
import type { ParsedBlock } from '../import/parsed';

export function contentHash(blocks: readonly ParsedBlock[]): string {
  const hash = createHash('sha256');
  for (const b of blocks) {
    hash.update(b.kind);
    hash.update('\u0000');
    hash.update(b.text.normalize('NFC').replace(/\s+/gu, ' ').trim());
    hash.update('\u0001');
  }
  return hash.digest('hex');
}
