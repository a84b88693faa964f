// Sentence alignment: the sentences of each aligned group of paragraphs (or a whole document
// one sentence a line), through the same aligner as paragraphs at the finer grain, in two
// passes (Moore 2002; hunalign's realign). The first scores candidates by length, anchors and
// the lexicon the archive already has; the confident one-to-one pairs it finds teach a lexicon
// of this document's own words and its own share of merges, drops and additions; the second
// pass scores with both.
import { extractAnchors, type TextAnchors } from './anchors';
import { buildAnchorTable } from './anchor-table';
import { associate, countPair, emptyCooccurrence, emptyLexicon, type Lexicon } from './lexicon';
import { classFeatures, cognateLinks, stemFrequencies, wordClasses, type WordClasses } from './lexical-table';
import { quotation, textLength, totalRatio } from './paragraphs';
import { seedLexiconFor } from './lexicon-seed';
import { calibrateSentenceRuns } from './sentence-confidence';
import { splitSentences } from './sentences';
import { alignSequences, DEFAULT_SHAPES, stepsOf, UNIT_CLASS, type AlignedRun, type SequenceSide, type ShapePriors } from './sequence-aligner';
import { stemCache, wordStems } from './words';

export interface IndexedText {
  /** The block's index in its version. */
  index: number;
  text: string;
}

/** A sentence: its block and its UTF-16 offsets in the block's text. */
export interface SentenceRef {
  block: number;
  start: number;
  end: number;
}

export interface SentenceGroup {
  from: SentenceRef[];
  to: SentenceRef[];
  confidence: number;
}

/** What the archive knows of a language pair, asked for the stems of one document. */
export interface KnownPair {
  lexicon: Lexicon;
  /** Shape priors with the null steps learned for the pair. */
  shapes?: ShapePriors;
}

export interface SentenceOptions {
  /** Links known before this document (besides the seeds), or where to ask for them. */
  lexicon?: Lexicon;
  archive?: (stemsA: ReadonlySet<string>, stemsB: ReadonlySet<string>) => KnownPair;
  /** Shares of group shapes for the language pair. */
  shapes?: ShapePriors;
  /** Give the aligner's raw posteriors instead of confidences (for fitting the calibration). */
  posteriors?: boolean;
}

/** What a document's alignment teaches the archive: its confident one-to-one pairs as stems
 *  (with the paragraph group each came from), and how many of its confident groups have each
 *  shape (a rate of sentences without counterpart that errs low, as the priors must). */
export interface SentenceEvidence {
  pairs: { group: number; a: string[]; b: string[] }[];
  shapes: Record<string, number>;
}

export function sentencesOf(blocks: readonly IndexedText[], lang: string): SentenceRef[] {
  return blocks.flatMap((b) => splitSentences(b.text, lang).map((s) => ({ block: b.index, ...s })));
}

/** Aligns the sentences of one group of paragraphs (kept for callers that align one group). */
export function alignSentences(
  a: readonly IndexedText[],
  langA: string,
  b: readonly IndexedText[],
  langB: string,
  options: SentenceOptions = {},
): SentenceGroup[] {
  return alignSentenceGroups([{ a, b }], langA, langB, options).groups[0]!;
}

/** The paragraphs of one aligned group, on each side. */
export interface ParagraphGroup {
  a: readonly IndexedText[];
  b: readonly IndexedText[];
}

/** Aligns the sentences inside every group of a document's paragraph alignment, together. */
export function alignSentenceGroups(
  groups: readonly ParagraphGroup[],
  langA: string,
  langB: string,
  options: SentenceOptions = {},
): { groups: SentenceGroup[][]; evidence: SentenceEvidence } {
  const textOf = (blocks: readonly IndexedText[], r: SentenceRef): string =>
    blocks.find((x) => x.index === r.block)!.text.slice(r.start, r.end);
  const refs = groups.map((g) => ({ a: sentencesOf(g.a, langA), b: sentencesOf(g.b, langB) }));
  const jobs = groups.map((g, k) => ({
    a: refs[k]!.a.map((r) => textOf(g.a, r)),
    b: refs[k]!.b.map((r) => textOf(g.b, r)),
  }));
  const { runs, evidence } = alignSentenceJobs(jobs, langA, langB, options);
  return {
    groups: runs.map((rs, k) =>
      rs.map((r) => ({ from: refs[k]!.a.slice(r.a0, r.a1), to: refs[k]!.b.slice(r.b0, r.b1), confidence: r.confidence })),
    ),
    evidence,
  };
}

/** Aligns sentences already split (one a line, as in a sentence-aligned corpus). */
export function alignSentenceTexts(
  ta: readonly string[],
  langA: string,
  tb: readonly string[],
  langB: string,
  options: SentenceOptions = {},
): AlignedRun[] {
  return alignSentenceJobs([{ a: ta, b: tb }], langA, langB, options).runs[0]!;
}

/** Sentences of one group, on each side, already split. */
export interface SentenceJob {
  a: readonly string[];
  b: readonly string[];
}

interface PreparedJob {
  anchorsA: TextAnchors[];
  anchorsB: TextAnchors[];
  lengthsA: number[];
  lengthsB: number[];
  stemsA: string[][];
  stemsB: string[][];
}

/** A pair counts as confident for learning when the first pass is this sure of it. */
const LEARN_CONFIDENCE = 0.9;
/** Weight of lexical log-odds against length and anchors (naive Bayes over-counts). */
const LEXICAL_SCALE = 0.3;

/**
 * Aligns the sentence jobs of one document together (the two passes), returning each job's
 * groups and what the document teaches the archive.
 */
export function alignSentenceJobs(
  jobs: readonly SentenceJob[],
  langA: string,
  langB: string,
  options: SentenceOptions,
): { runs: AlignedRun[][]; evidence: SentenceEvidence } {
  const cacheA = stemCache(langA);
  const cacheB = stemCache(langB);
  const prepared: PreparedJob[] = jobs.map((j) => ({
    anchorsA: j.a.map(extractAnchors),
    anchorsB: j.b.map(extractAnchors),
    lengthsA: j.a.map(textLength),
    lengthsB: j.b.map(textLength),
    stemsA: j.a.map((t) => wordStems(t, cacheA)),
    stemsB: j.b.map((t) => wordStems(t, cacheB)),
  }));
  const all = (pick: (p: PreparedJob) => string[][]) => prepared.flatMap(pick);
  const frequencies = stemFrequencies(all((p) => p.stemsA), all((p) => p.stemsB));
  const lengthsA = prepared.flatMap((p) => p.lengthsA);
  const lengthsB = prepared.flatMap((p) => p.lengthsB);
  const ratio = totalRatio(sum(lengthsA), sum(lengthsB));

  const archive = options.archive?.(new Set(frequencies.a.keys()), new Set(frequencies.b.keys()));
  const known: Lexicon[] = [
    seedLexiconFor(langA, langB),
    options.lexicon ?? emptyLexicon(),
    archive?.lexicon ?? emptyLexicon(),
    cognateLinks(frequencies.a.keys(), frequencies.b.keys()),
  ];
  const priorShapes = options.shapes ?? archive?.shapes ?? DEFAULT_SHAPES;
  const firstClasses = wordClasses(frequencies, known, LEXICAL_SCALE);
  const first = prepared.map((p) => alignJob(p, firstClasses, ratio, priorShapes));

  const learned = learnFromRuns(prepared, first);
  const lexicon = [...known, associate(learned.counts)];
  const classes = wordClasses(frequencies, lexicon, LEXICAL_SCALE);
  const second = prepared.map((p) => alignJob(p, classes, secondRatio(ratio, learned), priorShapes));
  const runs = second.map((x) => (options.posteriors ? x : calibrateSentenceRuns(x)));
  return { runs, evidence: evidenceOf(prepared, second) };
}

const sum = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0);

/** One side of a job as the aligner reads it: every sentence body text, with how it ends. */
function sentenceSide(lengths: number[], anchors: readonly TextAnchors[]): SequenceSide {
  return { lengths, classes: lengths.map(() => UNIT_CLASS.body), ...quotation(anchors), endings: anchors.map((x) => x.ending) };
}

function alignJob(p: PreparedJob, classes: WordClasses, ratio: number, shapes: ShapePriors): AlignedRun[] {
  const words = classFeatures(classes, p.stemsA, p.stemsB);
  return alignSequences({
    a: sentenceSide(p.lengthsA, p.anchorsA),
    b: sentenceSide(p.lengthsB, p.anchorsB),
    anchors: buildAnchorTable(p.anchorsA, p.anchorsB, words),
    // Sentences vary more around the pair's own ratio than whole paragraphs do.
    length: { ratio, variance: 6 },
    steps: stepsOf(shapes),
  });
}

const shapeOf = (r: AlignedRun): string => `${r.a1 - r.a0}-${r.b1 - r.b0}`;

/** What the first pass teaches: co-occurrence over its confident one-to-one pairs, and their
 *  length ratio. */
function learnFromRuns(prepared: readonly PreparedJob[], aligned: readonly AlignedRun[][]) {
  const counts = emptyCooccurrence();
  let lengthA = 0;
  let lengthB = 0;
  aligned.forEach((runs, k) => {
    for (const r of runs) {
      if (r.confidence >= LEARN_CONFIDENCE && r.a1 - r.a0 === 1 && r.b1 - r.b0 === 1) {
        countPair(counts, prepared[k]!.stemsA[r.a0]!, prepared[k]!.stemsB[r.b0]!);
        lengthA += prepared[k]!.lengthsA[r.a0]!;
        lengthB += prepared[k]!.lengthsB[r.b0]!;
      }
    }
  });
  // The length ratio of the pairs it is sure of: additions and omissions do not skew it.
  return { counts, lengthA, ratio: totalRatio(lengthA, lengthB) };
}

/** Characters of sure pairs that weigh as much as the whole texts' ratio. */
const RATIO_PRIOR_CHARS = 100;

/**
 * The length ratio for the second pass: the texts' own, moved towards that of the pairs the
 * first pass was sure of, by how much text those hold. A sentence left out or added skews the
 * texts' totals, never the sure pairs'.
 */
function secondRatio(total: number, sure: { ratio: number; lengthA: number }): number {
  const w = sure.lengthA / (sure.lengthA + RATIO_PRIOR_CHARS);
  return Math.exp(w * Math.log(sure.ratio) + (1 - w) * Math.log(total));
}

function evidenceOf(prepared: readonly PreparedJob[], aligned: readonly AlignedRun[][]): SentenceEvidence {
  const pairs: SentenceEvidence['pairs'] = [];
  const shapes: Record<string, number> = {};
  aligned.forEach((runs, group) => {
    for (const r of runs) {
      if (r.confidence < LEARN_CONFIDENCE) continue;
      const shape = `${r.a1 - r.a0}-${r.b1 - r.b0}`;
      shapes[shape] = (shapes[shape] ?? 0) + 1;
      if (r.a1 - r.a0 === 1 && r.b1 - r.b0 === 1) {
        pairs.push({ group, a: prepared[group]!.stemsA[r.a0]!, b: prepared[group]!.stemsB[r.b0]! });
      }
    }
  });
  return { pairs, shapes };
}
