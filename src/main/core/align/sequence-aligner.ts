// The dynamic-programming aligner both grains share (paragraphs, and sentences inside a pair):
// a monotone path through the grid of the two sequences where each step takes 0–3 units from
// either side. Steps score as log-probabilities (prior of the step shape + Gale–Church length
// + kinds + anchors); Viterbi picks the path, forward–backward gives each step its posterior
// probability, which is the confidence shown to the reader.
import type { AnchorTable } from './anchor-table';
import { SENTENCE_END } from './anchors';
import { lengthLogProb, type LengthModel } from './length-model';

/** What a unit is, as far as pairing goes: body text, or a structural block that only pairs
 *  with its own kind. */
export const UNIT_CLASS = { body: 0, headline: 1, dateline: 2, heading: 3 } as const;

export interface Step {
  da: number;
  db: number;
  logPrior: number;
}

/** How often translations produce each shape of group ("2-1": two units against one). */
export type ShapePriors = Readonly<Record<string, number>>;

/** Paragraphs: translators merge or split two or three, rarely more on both sides at once. */
export const PARAGRAPH_SHAPES: ShapePriors = {
  '1-1': 0.86,
  '1-0': 0.02,
  '0-1': 0.02,
  '2-1': 0.04,
  '1-2': 0.04,
  '2-2': 0.004,
  '3-1': 0.006,
  '1-3': 0.006,
};

/**
 * Sentences: groups up to three a side. These are priors: the null steps (a sentence without
 * translation) are learned per language pair from the archive's confident groups
 * (lexicon-store.ts). The merges keep small priors on purpose, and nothing is learned from one
 * document's own expected shapes: a longer group fits the length model and collects word
 * matches more easily than two short ones, and a bad pair scores below two nulls, so true rates
 * as priors would produce too many of both (measured on Text+Berg's development document).
 */
export const DEFAULT_SHAPES: ShapePriors = {
  '1-1': 0.86,
  '1-0': 0.03,
  '0-1': 0.03,
  '2-1': 0.04,
  '1-2': 0.04,
  '2-2': 0.002,
  '3-1': 0.006,
  '1-3': 0.006,
  '3-2': 0.0002,
  '2-3': 0.0002,
  '3-3': 0.00005,
};

export function stepsOf(shapes: ShapePriors): Step[] {
  return Object.entries(shapes).map(([shape, share]) => {
    const [da, db] = shape.split('-').map(Number) as [number, number];
    return { da, db, logPrior: Math.log(share) };
  });
}

export const STEPS: readonly Step[] = stepsOf(PARAGRAPH_SHAPES);

export interface SequenceSide {
  lengths: ArrayLike<number>;
  classes: ArrayLike<number>;
  /** Sentences per unit, when units are paragraphs: translators keep their count. */
  sentences?: ArrayLike<number>;
  /** Per unit, 1 when it opens with a quotation mark or a speech dash. */
  quoteStart: ArrayLike<number>;
  /** Per unit, 1 when it holds a quotation mark anywhere. */
  quoteAny: ArrayLike<number>;
  /** Per unit, how it ends (SENTENCE_END in anchors.ts), when units are sentences: a group
   *  ends as its translation does. */
  endings?: ArrayLike<number>;
}

export interface SequenceInput {
  a: SequenceSide;
  b: SequenceSide;
  anchors: AnchorTable;
  length: LengthModel;
  /** Group shapes and their priors (default STEPS). */
  steps?: readonly Step[];
}

/** Units [a0, a1) of the first side aligned with [b0, b1) of the second. */
export interface AlignedRun {
  a0: number;
  a1: number;
  b0: number;
  b1: number;
  confidence: number;
}

export interface Window {
  a0: number;
  a1: number;
  b0: number;
  b1: number;
}

const STRUCTURE_IN_MERGE = -15;
const KIND_MISMATCH = -10;
const KIND_MATCH = 3;
/** Quotation survives translation: a group opening with one on one side only, or holding one on
 *  one side only, is likely a wrong pair. */
const QUOTE_START = { gain: 1.5, penalty: -1.5 };
const QUOTE_ANY = { gain: 0.6, penalty: -1.2 };
/** Per sentence more or fewer on one side of a paragraph group. */
const SENTENCE_COUNT_MISMATCH = -1.2;
/** A group whose last sentence ends with a mark on one side and with none on the other (a
 *  heading taken into the wrong neighbour), or with another mark. */
const ENDING = { match: 0.4, openMismatch: -3, markMismatch: -0.8 };


/** Aligns the two sides inside `window` (default: all of both). */
export function alignSequences(input: SequenceInput, window?: Window): AlignedRun[] {
  const w = window ?? { a0: 0, a1: input.a.lengths.length, b0: 0, b1: input.b.lengths.length };
  const n = w.a1 - w.a0;
  const m = w.b1 - w.b0;
  if (n === 0 || m === 0) {
    return Array.from({ length: n + m }, (_, k) =>
      n === 0
        ? { a0: w.a0, a1: w.a0, b0: w.b0 + k, b1: w.b0 + k + 1, confidence: 1 }
        : { a0: w.a0 + k, a1: w.a0 + k + 1, b0: w.b0, b1: w.b0, confidence: 1 },
    );
  }
  const lattice = forward(input, w, n, m);
  backward(lattice);
  return bestPath(lattice, w);
}

/** The grid of one alignment: per cell the forward (alpha) and backward (beta) log sums, the
 *  best path's score and step, and per cell and step the step's score. */
interface Lattice {
  n: number;
  m: number;
  steps: readonly Step[];
  band: Band;
  cell: (i: number, j: number) => number;
  alpha: Float64Array;
  beta: Float64Array;
  back: Int8Array;
  edge: Float64Array;
}

/** log Σ exp(terms), with one log for the lot; -Infinity when every term is. */
function logSum(terms: Float64Array, top: number): number {
  if (top === -Infinity) return -Infinity;
  let sum = 0;
  for (let k = 0; k < terms.length; k++) if (terms[k]! !== -Infinity) sum += Math.exp(terms[k]! - top);
  return top + Math.log(sum);
}

/** Scores every step into every cell of the band; Viterbi and the forward sums together. */
function forward(input: SequenceInput, w: Window, n: number, m: number): Lattice {
  const scorer = createScorer(input);
  const band = computeBand(input, w, n, m);
  const steps = input.steps ?? STEPS;
  const K = steps.length;
  const cells = band.rowStart[n + 1]!;
  const alpha = new Float64Array(cells).fill(-Infinity);
  const viterbi = new Float64Array(cells).fill(-Infinity);
  const back = new Int8Array(cells).fill(-1);
  const edge = new Float64Array(cells * K).fill(-Infinity);
  const cell = (i: number, j: number): number =>
    j < band.lo[i]! || j > band.hi[i]! ? -1 : band.rowStart[i]! + j - band.lo[i]!;
  alpha[0] = 0;
  viterbi[0] = 0;
  const terms = new Float64Array(K);
  for (let i = 0; i <= n; i++) {
    for (let j = band.lo[i]!; j <= band.hi[i]!; j++) {
      if (i === 0 && j === 0) continue;
      const c = cell(i, j);
      let top = -Infinity;
      let best = -Infinity;
      let bestK = -1;
      terms.fill(-Infinity);
      for (let k = 0; k < K; k++) {
        const step = steps[k]!;
        const pi = i - step.da;
        const pj = j - step.db;
        if (pi < 0 || pj < 0) continue;
        const pc = cell(pi, pj);
        if (pc < 0 || viterbi[pc] === -Infinity) continue;
        const s = step.logPrior + scorer(w.a0 + pi, w.a0 + i, w.b0 + pj, w.b0 + j);
        edge[c * K + k] = s;
        const t = alpha[pc]! + s;
        terms[k] = t;
        if (t > top) top = t;
        if (viterbi[pc]! + s > best) {
          best = viterbi[pc]! + s;
          bestK = k;
        }
      }
      alpha[c] = logSum(terms, top);
      viterbi[c] = best;
      back[c] = bestK;
    }
  }
  return { n, m, steps, band, cell, alpha, beta: new Float64Array(cells).fill(-Infinity), back, edge };
}

/** The backward sums, from the step scores forward() kept. */
function backward(l: Lattice): void {
  const { n, m, steps, band, cell, beta, edge } = l;
  const K = steps.length;
  const terms = new Float64Array(K);
  beta[cell(n, m)] = 0;
  for (let i = n; i >= 0; i--) {
    for (let j = band.hi[i]!; j >= band.lo[i]!; j--) {
      if (i === n && j === m) continue;
      let top = -Infinity;
      terms.fill(-Infinity);
      for (let k = 0; k < K; k++) {
        const ni = i + steps[k]!.da;
        const nj = j + steps[k]!.db;
        if (ni > n || nj > m) continue;
        const nc = cell(ni, nj);
        if (nc < 0) continue;
        const s = edge[nc * K + k]!;
        if (s === -Infinity) continue;
        const t = s + beta[nc]!;
        terms[k] = t;
        if (t > top) top = t;
      }
      beta[cell(i, j)] = logSum(terms, top);
    }
  }
}

/** Posterior of taking step k into cell c. */
function posteriorOf(l: Lattice, i: number, j: number, k: number): number {
  const c = l.cell(i, j);
  const pc = l.cell(i - l.steps[k]!.da, j - l.steps[k]!.db);
  return Math.exp(l.alpha[pc]! + l.edge[c * l.steps.length + k]! + l.beta[c]! - l.alpha[l.cell(l.n, l.m)]!);
}

/** The Viterbi path, each group with its posterior as confidence. */
function bestPath(l: Lattice, w: Window): AlignedRun[] {
  const runs: AlignedRun[] = [];
  let i = l.n;
  let j = l.m;
  while (i > 0 || j > 0) {
    const k = l.back[l.cell(i, j)]!;
    if (k < 0) throw new Error('alignment path broken');
    const step = l.steps[k]!;
    runs.push({
      a0: w.a0 + i - step.da,
      a1: w.a0 + i,
      b0: w.b0 + j - step.db,
      b1: w.b0 + j,
      confidence: Math.min(1, Math.max(0, posteriorOf(l, i, j, k))),
    });
    i -= step.da;
    j -= step.db;
  }
  return runs.reverse();
}

interface Band {
  lo: Int32Array;
  hi: Int32Array;
  /** Offset of each row's first cell; rowStart[n + 1] is the cell count. */
  rowStart: Int32Array;
}

/** Full grid for small inputs; for long ones a band around the diagonal that the two texts'
 *  cumulative lengths draw, wide enough for dozens of missing or extra units. */
function computeBand(input: SequenceInput, w: Window, n: number, m: number): Band {
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1).fill(m);
  if (n * m > 40_000) {
    const cumA = cumulative(input.a.lengths, w.a0, n);
    const cumB = cumulative(input.b.lengths, w.b0, m);
    const width = Math.max(20, Math.ceil(0.04 * Math.max(n, m)));
    let j = 0;
    for (let i = 0; i <= n; i++) {
      const target = (cumA[i]! / cumA[n]!) * cumB[m]!;
      while (j < m && cumB[j + 1]! <= target) j++;
      lo[i] = Math.max(0, j - width);
      hi[i] = Math.min(m, j + width);
    }
    lo[0] = 0;
    hi[n] = m;
  }
  const rowStart = new Int32Array(n + 2);
  for (let i = 0; i <= n; i++) rowStart[i + 1] = rowStart[i]! + hi[i]! - lo[i]! + 1;
  return { lo, hi, rowStart };
}

function cumulative(lengths: ArrayLike<number>, from: number, count: number): Float64Array {
  const out = new Float64Array(count + 1);
  for (let k = 0; k < count; k++) out[k + 1] = out[k]! + Math.max(1, lengths[from + k]!);
  return out;
}

function endingScore(ea: number, eb: number): number {
  if (ea === eb) return ENDING.match;
  return ea === SENTENCE_END.open || eb === SENTENCE_END.open ? ENDING.openMismatch : ENDING.markMismatch;
}

/** Score of pairing units [a0, a1) with [b0, b1), without the step's prior: log-odds of the
 *  evidence (lengths, kinds, quotation, anchors). */
export function createScorer(input: SequenceInput): (a0: number, a1: number, b0: number, b1: number) => number {
  const { a, b, anchors, length } = input;
  const sums = (xs: ArrayLike<number> | undefined, count: number): Float64Array => {
    const out = new Float64Array(count + 1);
    for (let k = 0; k < count; k++) out[k + 1] = out[k]! + (xs ? xs[k]! : 0);
    return out;
  };
  const na = a.lengths.length;
  const nb = b.lengths.length;
  const lenA = sums(a.lengths, na);
  const lenB = sums(b.lengths, nb);
  const penA = sums(anchors.a.penalty, na);
  const penB = sums(anchors.b.penalty, nb);
  const sentA = sums(a.sentences, na);
  const sentB = sums(b.sentences, nb);
  const useSentences = a.sentences !== undefined && b.sentences !== undefined;
  const quoteA = sums(a.quoteAny, na);
  const quoteB = sums(b.quoteAny, nb);
  // Multiset intersection by counting: no sorting, no allocation per candidate.
  const counts = new Int32Array(anchors.matchValue.length);
  const idsA = anchors.a.ids;
  const idsB = anchors.b.ids;
  const matchValue = anchors.matchValue;
  const classA = a.classes;
  const classB = b.classes;
  const quoteStartA = a.quoteStart;
  const quoteStartB = b.quoteStart;
  const endA = a.endings;
  const endB = b.endings;
  return (a0, a1, b0, b1) => {
    if (a1 === a0 || b1 === b0) return 0;
    let score = 0;
    if (a1 - a0 === 1 && b1 - b0 === 1) {
      const ca = classA[a0]!;
      const cb = classB[b0]!;
      if (ca !== cb) score += KIND_MISMATCH;
      else if (ca !== UNIT_CLASS.body) score += KIND_MATCH;
    } else {
      if (a1 - a0 > 1) for (let u = a0; u < a1; u++) if (classA[u] !== UNIT_CLASS.body) score += STRUCTURE_IN_MERGE;
      if (b1 - b0 > 1) for (let u = b0; u < b1; u++) if (classB[u] !== UNIT_CLASS.body) score += STRUCTURE_IN_MERGE;
    }
    score += lengthLogProb(lenA[a1]! - lenA[a0]!, lenB[b1]! - lenB[b0]!, length);
    if (useSentences) {
      const diff = Math.abs(sentA[a1]! - sentA[a0]! - (sentB[b1]! - sentB[b0]!));
      score += SENTENCE_COUNT_MISMATCH * Math.min(4, diff);
    }
    const qa = quoteStartA[a0]!;
    const qb = quoteStartB[b0]!;
    score += qa && qb ? QUOTE_START.gain : qa || qb ? QUOTE_START.penalty : 0;
    const anyA = quoteA[a1]! > quoteA[a0]!;
    const anyB = quoteB[b1]! > quoteB[b0]!;
    score += anyA && anyB ? QUOTE_ANY.gain : anyA || anyB ? QUOTE_ANY.penalty : 0;
    if (endA && endB) score += endingScore(endA[a1 - 1]!, endB[b1 - 1]!);
    let matched = 0;
    for (let u = a0; u < a1; u++) {
      const ids = idsA[u]!;
      for (let x = 0; x < ids.length; x++) counts[ids[x]!]!++;
    }
    for (let u = b0; u < b1; u++) {
      const ids = idsB[u]!;
      for (let x = 0; x < ids.length; x++) {
        const id = ids[x]!;
        if (counts[id]! > 0) {
          counts[id]!--;
          matched += matchValue[id]!;
        }
      }
    }
    for (let u = a0; u < a1; u++) {
      const ids = idsA[u]!;
      for (let x = 0; x < ids.length; x++) counts[ids[x]!] = 0;
    }
    return score + matched - (penA[a1]! - penA[a0]!) - (penB[b1]! - penB[b0]!);
  };
}
