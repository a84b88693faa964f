// Which paragraph of another version corresponds to a given one, by the stored alignment
// (migration 003), for search's counterpart snippets. Statements are prepared once per search.
import type { Database, Statement } from 'better-sqlite3';

export class CounterpartLookup {
  private readonly alignment: Statement;
  private readonly groupFromA: Statement;
  private readonly groupFromB: Statement;

  constructor(db: Database) {
    this.alignment = db.prepare('SELECT id FROM alignments WHERE version_a = ? AND version_b = ?').pluck();
    this.groupFromA = db.prepare(
      'SELECT b_start AS s, b_end AS e FROM alignment_groups WHERE alignment_id = ? AND a_start <= ? AND a_end > ?',
    );
    this.groupFromB = db.prepare(
      'SELECT a_start AS s, a_end AS e FROM alignment_groups WHERE alignment_id = ? AND b_start <= ? AND b_end > ?',
    );
  }

  /**
   * The stored alignment's answer: the first block of `toVersion` paired with `block` of
   * `fromVersion`, null when the other version left it out, undefined when nothing is stored.
   */
  alignedBlock(fromVersion: number, block: number, toVersion: number): number | null | undefined {
    const fromIsA = fromVersion < toVersion;
    const id = this.alignment.get(fromIsA ? fromVersion : toVersion, fromIsA ? toVersion : fromVersion) as number | undefined;
    if (id === undefined) return undefined;
    const group = (fromIsA ? this.groupFromA : this.groupFromB).get(id, block, block) as { s: number; e: number } | undefined;
    if (!group) return undefined;
    return group.e > group.s ? group.s : null;
  }
}
