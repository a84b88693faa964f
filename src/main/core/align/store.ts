// Alignments in the archive: computed on first read or by the background aligner (queue.ts),
// recomputed when a version's content changes or the aligner does (keeping the reader's own
// groups whose texts are unchanged), read in either direction. Sentence groups are filled in on
// first read and kept until the language pair's lexicon has grown enough to redo them.
import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { DiptychError } from '../../../shared/errors';
import type { Block } from '../../../shared/model';
import { getVersionBlocks } from '../stories/repository';
import { alignSpans, range, type Span } from './paragraphs';
import { growLexicon, lexiconVersion, readLexicon } from './lexicon-store';
import { alignSentenceGroups, type SentenceGroup } from './sentence-pairs';

/** Bump when the aligner changes enough that stored automatic groups should be recomputed. */
export const ALIGNMENT_ALGORITHM = 5;

export interface VersionRef {
  id: number;
  storyId: number;
  lang: string;
  contentHash: string;
}

export interface StoredGroup extends Span {
  textsHash: string | null;
  sentences: SentenceGroup[] | null;
}

export interface StoredAlignment {
  id: number;
  storyId: number;
  a: VersionRef;
  b: VersionRef;
  computedAt: string;
  groups: StoredGroup[];
}

interface GroupRow {
  a_start: number;
  a_end: number;
  b_start: number;
  b_end: number;
  confidence: number;
  by_reader: number;
  texts_hash: string | null;
  sentences: string | null;
}

const now = (): string => new Date().toISOString();

export function versionById(db: Database, id: number): VersionRef {
  const row = db.prepare('SELECT id, story_id, lang, content_hash FROM versions WHERE id = ?').get(id) as
    | { id: number; story_id: number; lang: string; content_hash: string }
    | undefined;
  if (!row) throw new DiptychError('notFound', { id });
  return { id: row.id, storyId: row.story_id, lang: row.lang, contentHash: row.content_hash };
}

/** A hash of the texts a group pairs: the reader's group survives only while they are the same. */
export function textsHash(a: readonly Block[], b: readonly Block[], span: Span): string {
  const h = createHash('sha256');
  for (const i of range(span.a0, span.a1)) h.update(`${a[i]?.text ?? ''}\u0000`);
  h.update('\u0001');
  for (const i of range(span.b0, span.b1)) h.update(`${b[i]?.text ?? ''}\u0000`);
  return h.digest('hex').slice(0, 32);
}

export interface AlignmentRow {
  id: number;
  hash_a: string;
  hash_b: string;
  algorithm: number;
  computed_at: string;
}

export function loadAlignmentRow(db: Database, a: VersionRef, b: VersionRef): AlignmentRow | undefined {
  return db
    .prepare('SELECT id, hash_a, hash_b, algorithm, computed_at FROM alignments WHERE version_a = ? AND version_b = ?')
    .get(a.id, b.id) as AlignmentRow | undefined;
}

/** True when the stored alignment was computed from these very texts by this aligner. */
export function isCurrent(row: AlignmentRow, a: VersionRef, b: VersionRef): boolean {
  return row.hash_a === a.contentHash && row.hash_b === b.contentHash && row.algorithm === ALIGNMENT_ALGORITHM;
}

export function loadGroups(db: Database, alignmentId: number): StoredGroup[] {
  const rows = db
    .prepare(
      `SELECT a_start, a_end, b_start, b_end, confidence, by_reader, texts_hash, sentences
       FROM alignment_groups WHERE alignment_id = ? ORDER BY position`,
    )
    .all(alignmentId) as GroupRow[];
  return rows.map((r) => ({
    a0: r.a_start,
    a1: r.a_end,
    b0: r.b_start,
    b1: r.b_end,
    confidence: r.confidence,
    byReader: r.by_reader === 1,
    textsHash: r.texts_hash,
    sentences: r.sentences === null ? null : (JSON.parse(r.sentences) as SentenceGroup[]),
  }));
}

export function saveGroups(db: Database, alignmentId: number, groups: readonly StoredGroup[]): void {
  db.prepare('DELETE FROM alignment_groups WHERE alignment_id = ?').run(alignmentId);
  const insert = db.prepare(
    `INSERT INTO alignment_groups (alignment_id, position, a_start, a_end, b_start, b_end,
       confidence, by_reader, texts_hash, sentences) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  groups.forEach((g, position) =>
    insert.run(
      alignmentId,
      position,
      g.a0,
      g.a1,
      g.b0,
      g.b1,
      Math.round(g.confidence * 1000) / 1000,
      g.byReader ? 1 : 0,
      g.byReader ? g.textsHash : null,
      g.sentences === null ? null : JSON.stringify(g.sentences),
    ),
  );
}

/** Orders the pair as stored: the lower version id is side a. */
export function orderPair(x: VersionRef, y: VersionRef): { a: VersionRef; b: VersionRef; swapped: boolean } {
  return x.id < y.id ? { a: x, b: y, swapped: false } : { a: y, b: x, swapped: true };
}

/**
 * The groups of a and b aligned afresh: the reader's groups among `previous` whose texts are
 * unchanged stay (their sentences to be split again), the rest is aligned around them.
 */
export function realignedGroups(blocksA: Block[], blocksB: Block[], previous: readonly StoredGroup[]): StoredGroup[] {
  let lastA = 0;
  let lastB = 0;
  const kept = previous
    .filter((g) => {
      const fits =
        g.byReader &&
        g.a1 <= blocksA.length &&
        g.b1 <= blocksB.length &&
        g.a0 >= lastA &&
        g.b0 >= lastB &&
        g.textsHash === textsHash(blocksA, blocksB, g);
      if (fits) {
        lastA = g.a1;
        lastB = g.b1;
      }
      return fits;
    })
    .map((g): StoredGroup => ({ ...g, sentences: null }));
  const keptSet = new Set(kept);
  return alignSpans(blocksA, blocksB, kept).map((s) =>
    keptSet.has(s as StoredGroup) ? (s as StoredGroup) : { ...s, byReader: false, textsHash: null, sentences: null },
  );
}

/**
 * (Re)computes the alignment of a and b: the reader's groups whose texts are unchanged stay,
 * the rest is aligned afresh. Returns the alignment id.
 */
export function computeAlignment(db: Database, a: VersionRef, b: VersionRef): number {
  const existing = loadAlignmentRow(db, a, b);
  const groups = realignedGroups(
    getVersionBlocks(db, a.id),
    getVersionBlocks(db, b.id),
    existing ? loadGroups(db, existing.id) : [],
  );
  let id: number;
  if (existing) {
    id = existing.id;
    const contentChanged = existing.hash_a !== a.contentHash || existing.hash_b !== b.contentHash;
    db.prepare('UPDATE alignments SET hash_a = ?, hash_b = ?, algorithm = ?, computed_at = ? WHERE id = ?').run(
      a.contentHash,
      b.contentHash,
      ALIGNMENT_ALGORITHM,
      now(),
      id,
    );
    // Undo steps name block positions of the old text: they cannot cross an edit.
    if (contentChanged) db.prepare('DELETE FROM alignment_repairs WHERE alignment_id = ?').run(id);
  } else {
    id = Number(
      db
        .prepare(
          `INSERT INTO alignments (story_id, version_a, version_b, hash_a, hash_b, algorithm, computed_at)
           VALUES (?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(a.storyId, a.id, b.id, a.contentHash, b.contentHash, ALIGNMENT_ALGORITHM, now()).lastInsertRowid,
    );
  }
  saveGroups(db, id, groups);
  return id;
}

/** The stored alignment of a and b, computed first if missing or stale. */
export function ensureAlignment(db: Database, a: VersionRef, b: VersionRef): StoredAlignment {
  let row = loadAlignmentRow(db, a, b);
  if (!row || !isCurrent(row, a, b)) {
    db.transaction(() => computeAlignment(db, a, b))();
    row = loadAlignmentRow(db, a, b)!;
  }
  return { id: row.id, storyId: a.storyId, a, b, computedAt: row.computed_at, groups: loadGroups(db, row.id) };
}

/** Sentence pairs of paragraph groups this sure (or fixed by the reader) teach the lexicon. */
const TEACHING_GROUP = 0.9;

/**
 * The sentence groups of the paragraph groups at `positions`, aligned together (a story teaches
 * its own word pairs) with what the language pair's lexicon knows. Reads the archive, writes
 * nothing: fillSentences stores the result, an export only uses it.
 */
export function computeSentenceGroups(
  db: Database,
  a: VersionRef,
  b: VersionRef,
  blocksA: readonly Block[],
  blocksB: readonly Block[],
  groups: readonly Span[],
  positions: readonly number[],
): { sentences: Map<number, SentenceGroup[]>; evidence: ReturnType<typeof alignSentenceGroups>['evidence'] } {
  const pick = (blocks: readonly Block[], from: number, to: number) =>
    range(from, to).map((i) => ({ index: i, text: blocks[i]?.text ?? '' }));
  const paired = positions.filter((p) => groups[p]!.a1 > groups[p]!.a0 && groups[p]!.b1 > groups[p]!.b0);
  const found = alignSentenceGroups(
    paired.map((p) => ({ a: pick(blocksA, groups[p]!.a0, groups[p]!.a1), b: pick(blocksB, groups[p]!.b0, groups[p]!.b1) })),
    a.lang,
    b.lang,
    { archive: (stemsA, stemsB) => readLexicon(db, a.lang, b.lang, stemsA, stemsB) },
  );
  const sentences = new Map<number, SentenceGroup[]>(positions.map((p) => [p, []]));
  paired.forEach((p, k) => sentences.set(p, found.groups[k]!));
  // Evidence names groups by their index among `paired`; callers want positions.
  return { sentences, evidence: { ...found.evidence, pairs: found.evidence.pairs.map((e) => ({ ...e, group: paired[e.group]! })) } };
}

/**
 * Fills in the sentence groups of every group that has none yet — of every group, when the
 * language pair's lexicon has grown since they were computed — and stores them. This is where
 * sentence pairs are computed and stored, so it is also where the lexicon learns from them,
 * once per pair of texts.
 */
export function fillSentences(db: Database, alignment: StoredAlignment): StoredAlignment {
  const { a, b } = alignment;
  const row = db.prepare('SELECT lexicon_version, lexicon_fed FROM alignments WHERE id = ?').get(alignment.id) as
    | { lexicon_version: number; lexicon_fed: string | null }
    | undefined;
  const current = lexiconVersion(db, a.lang, b.lang);
  const redo = row !== undefined && row.lexicon_version < current;
  if (!redo && alignment.groups.every((g) => g.sentences !== null)) return alignment;
  return db.transaction(() => {
    const blocksA = getVersionBlocks(db, a.id);
    const blocksB = getVersionBlocks(db, b.id);
    const allNew = redo || alignment.groups.every((g) => g.sentences === null);
    // After a repair only the reader's new groups lack sentences: only they are aligned.
    const positions = alignment.groups.flatMap((g, position) => (allNew || g.sentences === null ? [position] : []));
    const found = computeSentenceGroups(db, a, b, blocksA, blocksB, alignment.groups, positions);
    const update = db.prepare('UPDATE alignment_groups SET sentences = ? WHERE alignment_id = ? AND position = ?');
    const groups = alignment.groups.map((g, position) => {
      const sentences = found.sentences.get(position);
      if (sentences === undefined) return g;
      update.run(JSON.stringify(sentences), alignment.id, position);
      return { ...g, sentences };
    });
    if (allNew) db.prepare('UPDATE alignments SET lexicon_version = ? WHERE id = ?').run(current, alignment.id);
    const texts = `${a.contentHash}:${b.contentHash}`;
    if (row && row.lexicon_fed !== texts) {
      const trusted = (position: number): boolean => {
        const g = alignment.groups[position]!;
        return g.byReader || g.confidence >= TEACHING_GROUP;
      };
      growLexicon(db, a.lang, b.lang, { ...found.evidence, pairs: found.evidence.pairs.filter((e) => trusted(e.group)) });
      db.prepare('UPDATE alignments SET lexicon_fed = ? WHERE id = ?').run(texts, alignment.id);
    }
    return { ...alignment, groups };
  })();
}
