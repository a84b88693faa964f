// Which paragraph of another version corresponds to a given one: by the stored alignment when
// one exists (migration 003, core/align), else by block order, which is right for the tidy
// translations agencies publish and close enough for a search snippet.
import type { Database } from 'better-sqlite3';

const hasAlignments = new WeakMap<Database, boolean>();

function alignmentsAvailable(db: Database): boolean {
  let known = hasAlignments.get(db);
  if (known === undefined) {
    known = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alignment_groups'").get() !== undefined;
    hasAlignments.set(db, known);
  }
  return known;
}

/** The stored alignment's answer, or undefined when there is no alignment for the pair. */
function alignedBlock(db: Database, fromVersion: number, block: number, toVersion: number): number | null | undefined {
  if (!alignmentsAvailable(db)) return undefined;
  const fromIsA = fromVersion < toVersion;
  try {
    const alignment = db
      .prepare('SELECT id FROM alignments WHERE version_a = ? AND version_b = ?')
      .get(fromIsA ? fromVersion : toVersion, fromIsA ? toVersion : fromVersion) as { id: number } | undefined;
    if (!alignment) return undefined;
    const group = db
      .prepare(
        fromIsA
          ? 'SELECT b_start AS s, b_end AS e FROM alignment_groups WHERE alignment_id = ? AND a_start <= ? AND a_end > ?'
          : 'SELECT a_start AS s, a_end AS e FROM alignment_groups WHERE alignment_id = ? AND b_start <= ? AND b_end > ?',
      )
      .get(alignment.id, block, block) as { s: number; e: number } | undefined;
    if (!group) return undefined;
    // A paragraph the other version left out has no counterpart.
    return group.e > group.s ? group.s : null;
  } catch {
    return undefined;
  }
}

/**
 * The block of `toVersion` that corresponds to `block` of `fromVersion`, or null when the other
 * version has nothing there. `blockCount` is the other version's number of blocks.
 */
export function counterpartBlock(
  db: Database,
  fromVersion: number,
  block: number,
  toVersion: number,
  blockCount: number,
): number | null {
  const aligned = alignedBlock(db, fromVersion, block, toVersion);
  if (aligned !== undefined) return aligned;
  if (blockCount === 0) return null;
  return Math.min(block, blockCount - 1);
}
