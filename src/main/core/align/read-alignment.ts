// The alignment of two versions for commands that only read (export): the stored groups, the
// reader's repairs among them, when they are current; otherwise the groups computed in memory
// exactly as ensureAlignment would compute and store them — but nothing is stored. Sentence groups
// likewise: the stored ones, or computed here (fillSentences would store them).
import type { Database } from 'better-sqlite3';
import type { Block } from '../../../shared/model';
import {
  isCurrent,
  loadAlignmentRow,
  loadGroups,
  computeSentenceGroups,
  realignedGroups,
  type StoredGroup,
  type VersionRef,
} from './store';
import type { SentenceGroup } from './sentence-pairs';

export interface ReadAlignment {
  /** Side a is the lower version id, as stored. */
  a: VersionRef;
  b: VersionRef;
  groups: StoredGroup[];
  /** False when the archive held no current alignment and this one was computed in memory. */
  stored: boolean;
  /** Sentence groups of the groups that had none stored, computed together on first need. */
  computedSentences?: Map<number, SentenceGroup[]>;
}

/** The groups of a and b (a = the lower version id), their blocks given. */
export function readAlignment(
  db: Database,
  a: VersionRef,
  b: VersionRef,
  blocksA: Block[],
  blocksB: Block[],
): ReadAlignment {
  const row = loadAlignmentRow(db, a, b);
  if (row && isCurrent(row, a, b)) return { a, b, groups: loadGroups(db, row.id), stored: true };
  // Stale or missing: what computeAlignment would make of it, keeping the reader's groups.
  const previous = row ? loadGroups(db, row.id) : [];
  return { a, b, groups: realignedGroups(blocksA, blocksB, previous), stored: false };
}

/**
 * The sentence groups of one group: stored, or aligned now without storing them — all of the
 * alignment's missing ones at once, as fillSentences would (a story teaches its own word pairs).
 */
export function readSentences(
  db: Database,
  al: ReadAlignment,
  group: StoredGroup,
  blocksA: Block[],
  blocksB: Block[],
): SentenceGroup[] {
  if (group.sentences !== null) return group.sentences;
  if (!al.computedSentences) {
    const missing = al.groups.flatMap((g, position) => (g.sentences === null ? [position] : []));
    al.computedSentences = computeSentenceGroups(db, al.a, al.b, blocksA, blocksB, al.groups, missing).sentences;
  }
  return al.computedSentences.get(al.groups.indexOf(group)) ?? [];
}
