// A page of stories read for a pair export: each story's two versions (by language), their
// blocks, and the units of their alignment — the stored one with the reader's repairs, or, where
// none is stored yet, the one the reader would get, computed in memory. Nothing is written.
import type { Database } from 'better-sqlite3';
import type { VersionMeta } from '../../../shared/model';
import { readAlignment, readSentences } from '../align/read-alignment';
import { orderPair, type VersionRef } from '../align/store';
import { blocksOfVersions, versionsOfStories } from '../stories/repository';
import { storyUnits, type StoryUnits } from './pair-units';
import { pickPair } from '../stories/version-match';

/** What the formats say about each side. */
export type ExportSide = Pick<
  VersionMeta,
  'id' | 'lang' | 'original' | 'provenance' | 'headline' | 'agency' | 'publishedAt' | 'url' | 'sourceFile'
>;

export interface StoryPairs extends StoryUnits {
  storyId: number;
  from: ExportSide;
  to: ExportSide;
  /** The alignment was not stored (or stale) and was computed for this export. */
  computed: boolean;
}

export type PageStory = StoryPairs | { storyId: number; missingLanguage: true };

export interface PairOptions {
  from: string;
  to: string;
  sentences: boolean;
  minConfidence: number;
}

const ref = (v: VersionMeta): VersionRef => ({ id: v.id, storyId: v.storyId, lang: v.lang, contentHash: v.contentHash });

function side(v: VersionMeta): ExportSide {
  const { id, lang, original, provenance, headline, agency, publishedAt, url, sourceFile } = v;
  return { id, lang, original, provenance, headline, agency, publishedAt, url, sourceFile };
}

/** The stories of one page, in the page's order. */
export function readPairsPage(db: Database, storyIds: readonly number[], o: PairOptions): PageStory[] {
  const versions = versionsOfStories(db, storyIds);
  const pairs = new Map(storyIds.map((id) => [id, pickPair(versions.get(id) ?? [], o.from, o.to)]));
  const versionIds = [...pairs.values()].flatMap((p) => (p ? [p[0].id, p[1].id] : []));
  const blocks = blocksOfVersions(db, versionIds);
  return storyIds.map((storyId) => {
    const pair = pairs.get(storyId);
    if (!pair) return { storyId, missingLanguage: true };
    const [from, to] = pair;
    const { a, b, swapped } = orderPair(ref(from), ref(to));
    const blocksA = blocks.get(a.id) ?? [];
    const blocksB = blocks.get(b.id) ?? [];
    const al = readAlignment(db, a, b, blocksA, blocksB);
    const units = storyUnits({
      groups: al.groups,
      swapped,
      blocksA,
      blocksB,
      sentencesOf: o.sentences ? (g) => readSentences(db, al, g, blocksA, blocksB) : null,
      minConfidence: o.minConfidence,
    });
    return { storyId, from: side(from), to: side(to), computed: !al.stored, ...units };
  });
}
