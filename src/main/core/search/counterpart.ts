// Which paragraph of another version corresponds to a given one: by the stored alignment when
// one exists (migration 003, core/align), else by block order, which is right for the tidy
// translations agencies publish and close enough for a search snippet.
import type { Database, Statement } from 'better-sqlite3';

interface AlignmentStatements {
  alignment: Statement;
  groupFromA: Statement;
  groupFromB: Statement;
}
const statements = new WeakMap<Database, AlignmentStatements | null>();

/** Prepared once per connection; null when this archive has no alignment tables. */
function alignmentStatements(db: Database): AlignmentStatements | null {
  let s = statements.get(db);
  if (s === undefined) {
    const present = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alignment_groups'").get() !== undefined;
    s = present
      ? {
          alignment: db.prepare('SELECT id FROM alignments WHERE version_a = ? AND version_b = ?'),
          groupFromA: db.prepare(
            'SELECT b_start AS s, b_end AS e FROM alignment_groups WHERE alignment_id = ? AND a_start <= ? AND a_end > ?',
          ),
          groupFromB: db.prepare(
            'SELECT a_start AS s, a_end AS e FROM alignment_groups WHERE alignment_id = ? AND b_start <= ? AND b_end > ?',
          ),
        }
      : null;
    statements.set(db, s);
  }
  return s;
}

/** The stored alignment's answer, or undefined when there is no alignment for the pair. */
function alignedBlock(db: Database, fromVersion: number, block: number, toVersion: number): number | null | undefined {
  const s = alignmentStatements(db);
  if (!s) return undefined;
  const fromIsA = fromVersion < toVersion;
  try {
    const alignment = s.alignment.get(fromIsA ? fromVersion : toVersion, fromIsA ? toVersion : fromVersion) as
      | { id: number }
      | undefined;
    if (!alignment) return undefined;
    const group = (fromIsA ? s.groupFromA : s.groupFromB).get(alignment.id, block, block) as
      | { s: number; e: number }
      | undefined;
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
