// Which paragraph of another version corresponds to a given one, by the stored alignment
// (migration 003), for search's counterpart snippets. Statements are prepared once per search.
import type { Database, Statement } from 'better-sqlite3';

/** The stored alignments of a few stories (a page of search results), read in one query. */
export interface StoriesAlignments {
  /**
   * The stored alignment's answer: the first block of `toVersion` paired with `block` of
   * `fromVersion`, null when the other version left it out, undefined when nothing is stored.
   */
  alignedBlock(fromVersion: number, block: number, toVersion: number): number | null | undefined;
}

export class CounterpartLookup {
  private readonly alignments: Statement;
  private readonly groupFromA: Statement;
  private readonly groupFromB: Statement;

  constructor(db: Database) {
    this.alignments = db.prepare('SELECT id, version_a, version_b FROM alignments WHERE story_id IN (SELECT value FROM json_each(?))').raw();
    this.groupFromA = db.prepare(
      'SELECT b_start AS s, b_end AS e FROM alignment_groups WHERE alignment_id = ? AND a_start <= ? AND a_end > ?',
    );
    this.groupFromB = db.prepare(
      'SELECT a_start AS s, a_end AS e FROM alignment_groups WHERE alignment_id = ? AND b_start <= ? AND b_end > ?',
    );
  }

  /**
   * The alignments of `storyIds`, so that a page's hits ask for a group only where one is stored
   * (a query each hit asked before: a tenth of a page's time in an archive not yet aligned).
   */
  forStories(storyIds: readonly number[]): StoriesAlignments {
    const ids = new Map<string, number>();
    for (const [id, a, b] of this.alignments.all(JSON.stringify(storyIds)) as [number, number, number][]) ids.set(`${a}:${b}`, id);
    return {
      alignedBlock: (fromVersion, block, toVersion) => {
        const fromIsA = fromVersion < toVersion;
        const id = ids.get(fromIsA ? `${fromVersion}:${toVersion}` : `${toVersion}:${fromVersion}`);
        if (id === undefined) return undefined;
        const group = (fromIsA ? this.groupFromA : this.groupFromB).get(id, block, block) as { s: number; e: number } | undefined;
        if (!group) return undefined;
        return group.e > group.s ? group.s : null;
      },
    };
  }
}
