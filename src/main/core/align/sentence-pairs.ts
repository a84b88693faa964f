// Sentence alignment inside one aligned group of paragraphs: the sentences of each side's blocks
// in reading order, through the same aligner as paragraphs, at the finer grain.
import { extractAnchors } from './anchors';
import { buildAnchorTable } from './anchor-table';
import { quotation, textLength, totalRatio } from './paragraphs';
import { splitSentences } from './sentences';
import { alignSequences, UNIT_CLASS } from './sequence-aligner';

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

export function sentencesOf(blocks: readonly IndexedText[], lang: string): SentenceRef[] {
  return blocks.flatMap((b) => splitSentences(b.text, lang).map((s) => ({ block: b.index, ...s })));
}

export function alignSentences(
  a: readonly IndexedText[],
  langA: string,
  b: readonly IndexedText[],
  langB: string,
): SentenceGroup[] {
  const sa = sentencesOf(a, langA);
  const sb = sentencesOf(b, langB);
  const textOf = (blocks: readonly IndexedText[], r: SentenceRef): string =>
    blocks.find((x) => x.index === r.block)!.text.slice(r.start, r.end);
  const ta = sa.map((r) => textOf(a, r));
  const tb = sb.map((r) => textOf(b, r));
  const anchorsA = ta.map(extractAnchors);
  const anchorsB = tb.map(extractAnchors);
  const lengthsA = ta.map(textLength);
  const lengthsB = tb.map(textLength);
  const sum = (xs: number[]): number => xs.reduce((s, x) => s + x, 0);
  const runs = alignSequences({
    a: { lengths: lengthsA, classes: ta.map(() => UNIT_CLASS.body), ...quotation(anchorsA) },
    b: { lengths: lengthsB, classes: tb.map(() => UNIT_CLASS.body), ...quotation(anchorsB) },
    anchors: buildAnchorTable(anchorsA, anchorsB),
    // Sentences vary more around the pair's own ratio than whole paragraphs do.
    length: { ratio: totalRatio(sum(lengthsA), sum(lengthsB)), variance: 4 },
  });
  return runs.map((r) => ({
    from: sa.slice(r.a0, r.a1),
    to: sb.slice(r.b0, r.b1),
    confidence: r.confidence,
  }));
}
