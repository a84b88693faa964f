// Paragraph alignment between two versions of a story: block kinds, lengths and anchors through
// the shared sequence aligner. Groups the reader fixed by hand are kept exactly; only the
// stretches between them are aligned.
import type { BlockKind } from '../../../shared/model';
import { extractAnchors, type TextAnchors } from './anchors';
import { countSentences } from './sentences';
import { buildAnchorTable } from './anchor-table';
import { alignSequences, UNIT_CLASS, type AlignedRun, type SequenceInput } from './sequence-aligner';

export interface AlignableBlock {
  kind: BlockKind;
  text: string;
}

/** Aligned blocks: indexes on each side (0-based, consecutive, either side may be empty). */
export interface BlockGroup {
  from: number[];
  to: number[];
  confidence: number;
}

const CLASS_OF: Record<BlockKind, number> = {
  headline: UNIT_CLASS.headline,
  dateline: UNIT_CLASS.dateline,
  heading: UNIT_CLASS.heading,
  lead: UNIT_CLASS.body,
  paragraph: UNIT_CLASS.body,
  quote: UNIT_CLASS.body,
};

/** Visible length: white space runs count once, so layout does not move the length model. */
export function textLength(text: string): number {
  return text.replace(/\s+/gu, ' ').trim().length;
}

export function totalRatio(la: number, lb: number): number {
  return la > 0 && lb > 0 ? lb / la : 1;
}

export function paragraphInput(a: readonly AlignableBlock[], b: readonly AlignableBlock[]): SequenceInput {
  const lengthsA = a.map((x) => textLength(x.text));
  const lengthsB = b.map((x) => textLength(x.text));
  const anchorsA = a.map((x) => extractAnchors(x.text));
  const anchorsB = b.map((x) => extractAnchors(x.text));
  const sum = (xs: number[]): number => xs.reduce((s, x) => s + x, 0);
  return {
    a: {
      lengths: lengthsA,
      classes: a.map((x) => CLASS_OF[x.kind]),
      sentences: a.map((x) => countSentences(x.text)),
      ...quotation(anchorsA),
    },
    b: {
      lengths: lengthsB,
      classes: b.map((x) => CLASS_OF[x.kind]),
      sentences: b.map((x) => countSentences(x.text)),
      ...quotation(anchorsB),
    },
    anchors: buildAnchorTable(anchorsA, anchorsB),
    // The two texts' own ratio: Ukrainian runs about as long as English, Estonian a tenth
    // shorter, German longer; anchors and kinds carry what lengths cannot.
    length: { ratio: totalRatio(sum(lengthsA), sum(lengthsB)), variance: 3 },
  };
}

export function quotation(anchors: readonly TextAnchors[]): { quoteStart: number[]; quoteAny: number[] } {
  return {
    quoteStart: anchors.map((x) => (x.quoteStart ? 1 : 0)),
    quoteAny: anchors.map((x) => (x.hasQuote ? 1 : 0)),
  };
}

/** A group as stored: block ranges [a0, a1) and [b0, b1); an empty side keeps its place. */
export interface Span {
  a0: number;
  a1: number;
  b0: number;
  b1: number;
  confidence: number;
  /** Set by the reader's own repair; never realigned. */
  byReader: boolean;
}

export function spanToGroup(s: Span): BlockGroup {
  return { from: range(s.a0, s.a1), to: range(s.b0, s.b1), confidence: s.confidence };
}

export function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
}

const auto = (r: AlignedRun): Span => ({ ...r, byReader: false });

/**
 * Aligns the blocks of two versions. `fixed` spans (in order, not overlapping) stay as they
 * are and the aligner fills the stretches between them.
 */
export function alignSpans(
  a: readonly AlignableBlock[],
  b: readonly AlignableBlock[],
  fixed: readonly Span[] = [],
): Span[] {
  const input = paragraphInput(a, b);
  const out: Span[] = [];
  let ca = 0;
  let cb = 0;
  for (const f of fixed) {
    out.push(...alignSequences(input, { a0: ca, a1: f.a0, b0: cb, b1: f.b0 }).map(auto));
    out.push(f);
    ca = f.a1;
    cb = f.b1;
  }
  out.push(...alignSequences(input, { a0: ca, a1: a.length, b0: cb, b1: b.length }).map(auto));
  return out;
}

/** The paragraph alignment of two versions, as groups of block indexes. */
export function alignBlocks(a: readonly AlignableBlock[], b: readonly AlignableBlock[]): BlockGroup[] {
  return alignSpans(a, b).map(spanToGroup);
}
