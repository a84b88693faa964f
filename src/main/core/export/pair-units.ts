// The units an export writes for one story: each aligned pair whose sides both exist (or, with
// sentences, each such sentence pair inside it), with its blocks, its text and how sure it is.
// Pure: the alignment, the blocks and the options in; units and what was left out out.
import type { Block } from '../../../shared/model';
import type { SentenceGroup, SentenceRef } from '../align/sentence-pairs';
import type { StoredGroup } from '../align/store';

export interface ExportUnit {
  /** The pair's index among the reader's pairs (0-based); with sentences, `pair.sentence`. */
  id: string;
  /** 0-based block indexes in each version. */
  fromBlocks: number[];
  toBlocks: number[];
  /** The blocks' texts joined by one space (a sentence: its own text). */
  fromText: string;
  toText: string;
  /** 0–1, to three decimals as stored; 1 for a pair the reader set. */
  confidence: number;
  /** The pair was set by the reader (a sentence unit: it lies in such a pair). */
  byReader: boolean;
}

export interface UnitsOptions {
  /** Groups in stored orientation: side a is the lower version id. */
  groups: readonly StoredGroup[];
  /** The export's `from` is side b. */
  swapped: boolean;
  blocksA: readonly Block[];
  blocksB: readonly Block[];
  /** Sentence pairs of a group, when exporting sentences. */
  sentencesOf: ((group: StoredGroup) => SentenceGroup[]) | null;
  minConfidence: number;
}

export interface StoryUnits {
  units: ExportUnit[];
  belowConfidence: number;
  /** Pairs (or sentence pairs) with a side that has no counterpart. */
  unpaired: number;
}

/** Text joined across blocks with one space, as a translation tool takes a segment. */
export const BLOCK_SEPARATOR = ' ';

/** Blocks as the formats write them: 0-based, joined by "+" (3+4), as `diptych align` prints them. */
export const blockList = (blocks: readonly number[]): string => blocks.join('+');

const round3 = (x: number): number => Math.round(x * 1000) / 1000;
const indexes = (from: number, to: number): number[] => Array.from({ length: to - from }, (_, i) => from + i);
const blockText = (blocks: readonly Block[], ids: readonly number[]): string =>
  ids.map((i) => blocks[i]?.text ?? '').join(BLOCK_SEPARATOR);

/** A sentence run's text: consecutive sentences of one block as they stand there (their own
 *  spacing kept), runs in different blocks joined by one space. */
function sentenceText(blocks: readonly Block[], refs: readonly SentenceRef[]): string {
  const pieces: string[] = [];
  let i = 0;
  while (i < refs.length) {
    const first = refs[i]!;
    let last = first;
    while (i + 1 < refs.length && refs[i + 1]!.block === first.block) last = refs[++i]!;
    pieces.push((blocks[first.block]?.text ?? '').slice(first.start, last.end));
    i++;
  }
  return pieces.join(BLOCK_SEPARATOR);
}

const blocksOfRefs = (refs: readonly SentenceRef[]): number[] => [...new Set(refs.map((r) => r.block))];

export function storyUnits(o: UnitsOptions): StoryUnits {
  const out: StoryUnits = { units: [], belowConfidence: 0, unpaired: 0 };
  const [fromBlocks, toBlocks] = o.swapped ? [o.blocksB, o.blocksA] : [o.blocksA, o.blocksB];
  const keep = (unit: ExportUnit): void => {
    if (unit.confidence < o.minConfidence) out.belowConfidence++;
    else out.units.push(unit);
  };
  o.groups.forEach((g, pair) => {
    if (g.a0 === g.a1 || g.b0 === g.b1) {
      out.unpaired++;
      return;
    }
    const confidence = g.byReader ? 1 : round3(g.confidence);
    if (!o.sentencesOf) {
      const a = indexes(g.a0, g.a1);
      const b = indexes(g.b0, g.b1);
      const [f, t] = o.swapped ? [b, a] : [a, b];
      keep({ id: String(pair), fromBlocks: f, toBlocks: t, fromText: blockText(fromBlocks, f), toText: blockText(toBlocks, t), confidence, byReader: g.byReader });
      return;
    }
    o.sentencesOf(g).forEach((s, n) => {
      if (s.from.length === 0 || s.to.length === 0) {
        out.unpaired++;
        return;
      }
      const [f, t] = o.swapped ? [s.to, s.from] : [s.from, s.to];
      keep({
        id: `${pair}.${n}`,
        fromBlocks: blocksOfRefs(f),
        toBlocks: blocksOfRefs(t),
        fromText: sentenceText(fromBlocks, f),
        toText: sentenceText(toBlocks, t),
        // A sentence pair is no surer than the paragraphs it lies in.
        confidence: Math.min(confidence, round3(s.confidence)),
        byReader: g.byReader,
      });
    });
  });
  return out;
}
