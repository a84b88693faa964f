// Which paragraph of another version corresponds to a given one: by the stored alignment when
// one exists (align/ owns it and answers through StoriesAlignments), else by block order, which is
// right for the tidy translations agencies publish and close enough for a search snippet.
import type { StoriesAlignments } from '../align/counterpart';

/**
 * The block of `toVersion` that corresponds to `block` of `fromVersion`, or null when the other
 * version has nothing there. `blockCount` is the other version's number of blocks; `lookup` is
 * null for an archive without alignment tables.
 */
export function counterpartBlock(
  lookup: StoriesAlignments | null,
  fromVersion: number,
  block: number,
  toVersion: number,
  blockCount: number,
): number | null {
  const aligned = lookup?.alignedBlock(fromVersion, block, toVersion);
  if (aligned !== undefined) return aligned;
  if (blockCount === 0) return null;
  return Math.min(block, blockCount - 1);
}
