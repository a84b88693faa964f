// Sentence-level rows of bench:align: strict and lax F1 as vecalign's score.py computes them,
// and the precision of the pairs marked certain, on every sentence set we have.
import { LOW_CONFIDENCE } from '../../src/shared/api/align';
import {
  lineVariants,
  mergeEveryThird,
  readerSentences,
  readTextBerg,
  readTextBergDev,
  seedLines,
  SENTENCE_OPS,
  udhrLines,
  type LineDoc,
} from '../../tests/align/sentence-corpora';
import { emptyTally, linkScores, mergeTallies, tallyLinks, type LinkTally, type SentenceLink } from '../../tests/align/score-links';
import { mergeDropAddVariants, orientedPairs, variantsOf, type Variant } from '../../tests/align/variants';
import { alignGroups, alignLines, alignSpans, growFromLines, type ArchiveLookup, type GrownArchive, type Run } from './aligner';

export interface SentenceRow {
  set: string;
  documents: number;
  goldLinks: number;
  precisionStrict: number;
  recallStrict: number;
  f1Strict: number;
  f1Lax: number;
  /** Links at or above LOW_CONFIDENCE, and how many of them are exactly right. */
  certain: number;
  certainRight: number;
  ms: number;
}

interface Scored {
  tally: LinkTally;
  certain: number;
  certainRight: number;
  gold: number;
}

const range = (from: number, to: number): number[] => Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
const keyOf = (l: SentenceLink): string => `${l.a.join(',')}|${l.b.join(',')}`;

function score(gold: SentenceLink[], test: (SentenceLink & { confidence: number })[]): Scored {
  const goldKeys = new Set(gold.map(keyOf));
  const certain = test.filter((t) => t.confidence >= LOW_CONFIDENCE && (t.a.length || t.b.length));
  return {
    tally: tallyLinks(emptyTally(), gold, test),
    certain: certain.length,
    certainRight: certain.filter((t) => goldKeys.has(keyOf(t))).length,
    gold: gold.length,
  };
}

const linksOf = (runs: Run[]) => runs.map((r) => ({ a: range(r.a0, r.a1), b: range(r.b0, r.b1), confidence: r.confidence }));

function row(set: string, scored: Scored[], ms: number): SentenceRow {
  const s = linkScores(mergeTallies(scored.map((x) => x.tally)));
  const round = (x: number): number => Math.round(x * 10000) / 10000;
  return {
    set,
    documents: scored.length,
    goldLinks: scored.reduce((n, x) => n + x.gold, 0),
    precisionStrict: round(s.precisionStrict),
    recallStrict: round(s.recallStrict),
    f1Strict: round(s.f1Strict),
    f1Lax: round(s.f1Lax),
    certain: scored.reduce((n, x) => n + x.certain, 0),
    certainRight: scored.reduce((n, x) => n + x.certainRight, 0),
    ms: Math.round(ms),
  };
}

function lineRow(set: string, docs: LineDoc[], archive?: (d: LineDoc) => ArchiveLookup | undefined): SentenceRow {
  const t0 = performance.now();
  const scored = docs.map((d) => score(d.gold, linksOf(alignLines(d.a, d.langA, d.b, d.langB, archive?.(d)))));
  return row(set, scored, performance.now() - t0);
}

/** The reader's path on a paragraph variant: paragraphs aligned, then the sentences of each pair. */
function readerScore(v: Variant): Scored {
  const gold = readerSentences(v);
  const index = (list: typeof gold.a) => new Map(list.map((s, i) => [`${s.block}:${s.start}`, i]));
  const ia = index(gold.a);
  const ib = index(gold.b);
  const spans = alignSpans(v.from, v.to);
  const paired = spans.filter((s) => s.a1 > s.a0 && s.b1 > s.b0);
  const texts = (blocks: { text: string }[], from: number, to: number) => range(from, to).map((i) => ({ index: i, text: blocks[i]!.text }));
  const found = alignGroups(
    paired.map((s) => ({ a: texts(v.from, s.a0, s.a1), b: texts(v.to, s.b0, s.b1) })),
    v.langFrom,
    v.langTo,
  );
  const test: (SentenceLink & { confidence: number })[] = found.flat().map((g) => ({
    a: g.from.map((r) => ia.get(`${r.block}:${r.start}`)!),
    b: g.to.map((r) => ib.get(`${r.block}:${r.start}`)!),
    confidence: g.confidence,
  }));
  // Sentences of paragraphs left without a counterpart have none either.
  const inPairs = (side: 'a' | 'b') => new Set(test.flatMap((t) => t[side]));
  const usedA = inPairs('a');
  const usedB = inPairs('b');
  gold.a.forEach((_, i) => usedA.has(i) || test.push({ a: [i], b: [], confidence: 1 }));
  gold.b.forEach((_, j) => usedB.has(j) || test.push({ a: [], b: [j], confidence: 1 }));
  return score(gold.gold, test);
}

/** UDHR pairs: the five languages the issue names, against each other and French and Polish. */
export const UDHR_PAIRS: [string, string][] = [
  ['en', 'uk'], ['en', 'et'], ['en', 'de'], ['en', 'ru'], ['uk', 'ru'], ['uk', 'et'], ['de', 'ru'], ['de', 'fr'], ['en', 'fr'], ['pl', 'uk'],
];

export interface SentenceSection {
  rows: SentenceRow[];
  textBerg: 'skipped' | { dir: string; rows: SentenceRow[] };
}

export function sentenceSection(archive: GrownArchive | null, textBergDir: string | undefined): SentenceSection {
  const seed = orientedPairs().map(([x, y]) => seedLines(x, y));
  const merged = seed.map(mergeEveryThird);
  const udhr = UDHR_PAIRS.map(([x, y]) => udhrLines(x, y));
  const bases = [...seed, ...udhr];
  const rows: SentenceRow[] = [
    lineRow('seed news, one sentence a line', seed),
    lineRow('seed news, every third pair merged', merged),
  ];
  if (archive) {
    rows.push(
      lineRow(`  … with the lexicon of ${archive.stories} stored stories`, merged, (d) => archive.lookup(d.langA, d.langB)),
    );
  }
  rows.push(lineRow('UDHR, 10 language pairs', udhr));
  for (const op of [...SENTENCE_OPS, 'mixed'] as const) {
    const docs = bases.flatMap((d, i) => lineVariants(d, op, op === 'mixed' ? 6 : 3, op === 'mixed' ? 4 : 2, 1000 + i * 17 + op.length));
    rows.push(lineRow(`sentences ${op === 'mixed' ? 'merged, split, dropped, inserted' : `${op === 'merge' ? 'merged' : op === 'split' ? 'split' : op === 'drop' ? 'dropped' : 'inserted'}`} (seed, UDHR)`, docs));
  }
  const t0 = performance.now();
  rows.push(row('reader: seed, paragraph variants (mixed)', orientedPairs().flatMap(([x, y]) => variantsOf('mixed', x, y).map(readerScore)), performance.now() - t0));
  const t1 = performance.now();
  rows.push(
    row('reader: seed, a merge, a drop, an insertion', orientedPairs().flatMap(([x, y]) => mergeDropAddVariants(x, y, 20).map(readerScore)), performance.now() - t1),
  );
  return { rows, textBerg: textBergRows(textBergDir) };
}

function textBergRows(dir: string | undefined): SentenceSection['textBerg'] {
  const docs = dir ? readTextBerg(dir) : null;
  if (!dir || !docs) return 'skipped';
  const dev = readTextBergDev(dir);
  const rows = [lineRow('Text+Berg de–fr, each document alone', docs)];
  // The archive a user would have: the seven documents and the development text, each read
  // once (no gold anywhere), then the test documents aligned again with what it learned.
  const grown = growFromLines([...(dev ? [dev] : []), ...docs]);
  if (grown) rows.push(lineRow('  … with the lexicon of the 8 documents read once', docs, () => grown));
  return { dir, rows };
}
