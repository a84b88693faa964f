// Alignments in the archive: computed on first read or by the background aligner (queue.ts),
// recomputed when a version's content changes (keeping the reader's own groups whose texts are
// unchanged), read in either direction. Sentence groups are filled in on first read and kept.
import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { DiptychError } from '../../../shared/errors';
import type { Block } from '../../../shared/model';
import { getVersionBlocks } from '../stories/repository';
import { alignSpans, range, type Span } from './paragraphs';
import { alignSentences, type SentenceGroup } from './sentence-pairs';

/** Bump when the aligner changes enough that stored automatic groups should be recomputed. */
export const ALIGNMENT_ALGORITHM = 3;

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

export function versionRef(db: Database, storyId: number, lang: string): VersionRef {
  const row = db
    .prepare('SELECT id, story_id, lang, content_hash FROM versions WHERE story_id = ? AND lang = ?')
    .get(storyId, lang) as { id: number; story_id: number; lang: string; content_hash: string } | undefined;
  if (!row) {
    if (!db.prepare('SELECT 1 FROM stories WHERE id = ?').get(storyId)) {
      throw new DiptychError('notFound', { id: storyId });
    }
    throw new DiptychError('noVersionInLanguage', { story: storyId, lang });
  }
  return { id: row.id, storyId: row.story_id, lang: row.lang, contentHash: row.content_hash };
}

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

function loadRow(db: Database, a: VersionRef, b: VersionRef) {
  return db
    .prepare('SELECT id, hash_a, hash_b, algorithm, computed_at FROM alignments WHERE version_a = ? AND version_b = ?')
    .get(a.id, b.id) as
    | { id: number; hash_a: string; hash_b: string; algorithm: number; computed_at: string }
    | undefined;
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
 * (Re)computes the alignment of a and b: the reader's groups whose texts are unchanged stay,
 * the rest is aligned afresh. Returns the alignment id.
 */
export function computeAlignment(db: Database, a: VersionRef, b: VersionRef): number {
  const blocksA = getVersionBlocks(db, a.id);
  const blocksB = getVersionBlocks(db, b.id);
  const existing = loadRow(db, a, b);
  let kept: StoredGroup[] = [];
  if (existing) {
    let lastA = 0;
    let lastB = 0;
    kept = loadGroups(db, existing.id).filter((g) => {
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
    });
  }
  // The reader's groups keep their blocks; their sentences are split and aligned afresh.
  kept = kept.map((g) => ({ ...g, sentences: null }));
  const spans = alignSpans(blocksA, blocksB, kept);
  const keptSet = new Set(kept);
  const groups: StoredGroup[] = spans.map((s) =>
    keptSet.has(s as StoredGroup)
      ? (s as StoredGroup)
      : { ...s, byReader: false, textsHash: null, sentences: null },
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
  let row = loadRow(db, a, b);
  if (!row || row.hash_a !== a.contentHash || row.hash_b !== b.contentHash || row.algorithm !== ALIGNMENT_ALGORITHM) {
    db.transaction(() => computeAlignment(db, a, b))();
    row = loadRow(db, a, b)!;
  }
  return { id: row.id, storyId: a.storyId, a, b, computedAt: row.computed_at, groups: loadGroups(db, row.id) };
}

/** Fills in the sentence groups of every group that has none yet, and stores them. */
export function fillSentences(db: Database, alignment: StoredAlignment): StoredAlignment {
  if (alignment.groups.every((g) => g.sentences !== null)) return alignment;
  const blocksA = getVersionBlocks(db, alignment.a.id);
  const blocksB = getVersionBlocks(db, alignment.b.id);
  const pick = (blocks: Block[], from: number, to: number) =>
    range(from, to).map((i) => ({ index: i, text: blocks[i]?.text ?? '' }));
  const update = db.prepare(
    'UPDATE alignment_groups SET sentences = ? WHERE alignment_id = ? AND position = ?',
  );
  const groups = alignment.groups.map((g, position) => {
    if (g.sentences !== null) return g;
    const sentences =
      g.a1 > g.a0 && g.b1 > g.b0
        ? alignSentences(pick(blocksA, g.a0, g.a1), alignment.a.lang, pick(blocksB, g.b0, g.b1), alignment.b.lang)
        : [];
    update.run(JSON.stringify(sentences), alignment.id, position);
    return { ...g, sentences };
  });
  return { ...alignment, groups };
}
