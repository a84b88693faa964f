// Alignment: which paragraphs (and sentences) of one version of a story go with which of
// another, and the reader's repairs of it.
import { z } from 'zod';
import { method } from './define';

const StoryRef = z.number().int().positive();
const Lang = z.string().min(2).max(35);
const BlockIndex = z.number().int().min(0).max(100_000);

/** The reader's repairs. Indexes are in the direction asked for (`from` is the left side). */
export const AlignmentRepair = z.discriminatedUnion('op', [
  /** Merge pair `pair` with the pair after it. */
  z.object({ op: z.literal('merge'), pair: BlockIndex }).strict(),
  /** Split pair `pair` in two: its first `from` blocks on the left and first `to` on the right
   *  make the first pair, the rest the second. */
  z.object({ op: z.literal('split'), pair: BlockIndex, from: BlockIndex, to: BlockIndex }).strict(),
  /** Make block `from` and block `to` counterparts (one of them null: the block has none);
   *  everything the reader did not fix is realigned around it. */
  z
    .object({ op: z.literal('link'), from: BlockIndex.nullable(), to: BlockIndex.nullable() })
    .strict()
    .refine((r) => r.from !== null || r.to !== null, { message: 'from or to' }),
]);
export type AlignmentRepair = z.infer<typeof AlignmentRepair>;

/** A sentence: its block's index and its UTF-16 offsets in the block's text. */
export interface AlignedSentence {
  block: number;
  start: number;
  end: number;
}

export interface SentencePair {
  from: AlignedSentence[];
  to: AlignedSentence[];
  confidence: number;
}

/** One row of the reader: blocks of the left version and their counterparts on the right. */
export interface AlignedPair {
  /** 0-based block indexes, consecutive; empty when the block has no counterpart. */
  from: number[];
  to: number[];
  /** 0–1: how sure the aligner is of this pair (1 for the reader's own). */
  confidence: number;
  /** Set by the reader's repair; never realigned automatically. */
  byReader: boolean;
  sentences: SentencePair[];
  /** When this pair's block has no counterpart here but a clear one that the translator moved:
   *  the index of the pair that holds it. */
  elsewhere?: number;
}

export interface StoryAlignment {
  storyId: number;
  from: { versionId: number; lang: string };
  to: { versionId: number; lang: string };
  pairs: AlignedPair[];
  /** How many repairs undo can take back. */
  undoable: number;
  computedAt: string;
}

/** Below this confidence a pair is shown as uncertain. */
export const LOW_CONFIDENCE = 0.75;

const PairInput = { storyId: StoryRef, from: Lang, to: Lang };

export const alignContract = {
  /** Computes and keeps the alignment on first reading (derived data: no archiveChanged). */
  getAlignment: method<StoryAlignment>()(z.object(PairInput).strict()),
  repairAlignment: method<StoryAlignment>({ writes: true })(z.object({ ...PairInput, repair: AlignmentRepair }).strict()),
  undoAlignmentRepair: method<StoryAlignment>({ writes: true })(z.object(PairInput).strict()),
  resetAlignment: method<StoryAlignment>({ writes: true })(z.object(PairInput).strict()),
};
