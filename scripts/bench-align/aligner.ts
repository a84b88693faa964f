// The aligner bench:align measures, behind one small surface, so that the same benchmark can be
// run against an earlier aligner (its figures recorded in bench-results/align-baseline.json).
import { forgetAnchors } from '../../src/main/core/align/anchors';
import { growLexicon, readLexicon } from '../../src/main/core/align/lexicon-store';
import { alignBlocks, alignSpans, type AlignableBlock } from '../../src/main/core/align/paragraphs';
import {
  alignSentenceGroups,
  alignSentenceJobs,
  alignSentenceTexts,
  type KnownPair,
  type ParagraphGroup,
  type SentenceGroup,
} from '../../src/main/core/align/sentence-pairs';
import { getStoryAlignment } from '../../src/main/core/align/story-alignment';
import { openArchive } from '../../src/main/core/db/open';
import { writeSyntheticArchive } from '../synthetic/write-synthetic';

export { alignBlocks, alignSpans, forgetAnchors };

export type ArchiveLookup = (stemsA: ReadonlySet<string>, stemsB: ReadonlySet<string>) => KnownPair;

export interface Run {
  a0: number;
  a1: number;
  b0: number;
  b1: number;
  confidence: number;
}

/** Sentences one a line; `archive` is what an archive knows of the pair, if any. */
export function alignLines(a: string[], langA: string, b: string[], langB: string, archive?: ArchiveLookup): Run[] {
  return alignSentenceTexts(a, langA, b, langB, archive ? { archive } : {});
}

/** The sentences of every paragraph group of a document, as the reader computes them. */
export function alignGroups(groups: ParagraphGroup[], langA: string, langB: string): SentenceGroup[][] {
  return alignSentenceGroups(groups, langA, langB).groups;
}

export interface GrownArchive {
  stories: number;
  lookup: (langA: string, langB: string) => ArchiveLookup;
  /** Rows and bytes of the lexicon tables, per language pair. */
  size: { pair: string; sentencePairs: number; links: number; stems: number; bytes: number }[];
  ms: number;
}

/**
 * An archive of synthetic agency stories (real news vocabulary in en/uk/et, some de/pl/ru),
 * stored as an import stores them, each pair read once with its sentences, as the reader does:
 * the lexicon grows as it would for a user. Null where the aligner has no lexicon.
 */
export function growSyntheticArchive(stories: number): GrownArchive | null {
  const t0 = performance.now();
  const db = openArchive(':memory:');
  writeSyntheticArchive(db, { stories });
  const ids = db.prepare('SELECT id FROM stories ORDER BY id').pluck().all() as number[];
  const langs = db.prepare('SELECT lang FROM versions WHERE story_id = ? ORDER BY id').pluck();
  for (const id of ids) {
    const ls = langs.all(id) as string[];
    ls.forEach((x, i) => ls.slice(i + 1).forEach((y) => getStoryAlignment(db, id, x, y)));
  }
  const ms = performance.now() - t0;
  const rows = db
    .prepare(
      `SELECT l.lang_a || '–' || l.lang_b AS pair, l.pairs AS sentencePairs,
         (SELECT COUNT(*) FROM align_lexicon_links k WHERE k.lexicon_id = l.id) AS links,
         (SELECT COUNT(*) FROM align_lexicon_stems s WHERE s.lexicon_id = l.id) AS stems
       FROM align_lexicons l ORDER BY l.pairs DESC`,
    )
    .all() as { pair: string; sentencePairs: number; links: number; stems: number }[];
  const bytes = db
    .prepare("SELECT COALESCE(SUM(pgsize), 0) FROM dbstat WHERE name LIKE 'align_lexicon%'")
    .pluck()
    .get() as number;
  const totalRows = rows.reduce((s, r) => s + r.links + r.stems, 0) || 1;
  return {
    stories,
    lookup: (langA, langB) => (stemsA, stemsB) => readLexicon(db, langA, langB, stemsA, stemsB),
    size: rows.map((r) => ({ ...r, bytes: Math.round((bytes * (r.links + r.stems)) / totalRows) })),
    ms,
  };
}

/** A lexicon grown from documents given one sentence a line (Text+Berg's): each aligned once,
 *  its confident pairs counted as an archive counts them. */
export function growFromLines(docs: { a: string[]; b: string[]; langA: string; langB: string }[]): ArchiveLookup | null {
  const db = openArchive(':memory:');
  for (const d of docs) growLexicon(db, d.langA, d.langB, alignSentenceJobs([d], d.langA, d.langB, {}).evidence);
  const first = docs[0];
  return first ? (stemsA, stemsB) => readLexicon(db, first.langA, first.langB, stemsA, stemsB) : null;
}
