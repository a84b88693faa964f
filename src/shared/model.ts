// The archive's data model as the renderer, the CLI and the core all see it.
// Pure TypeScript: no electron, node:* or DOM imports (see README "Architecture").

export const BLOCK_KINDS = ['headline', 'dateline', 'lead', 'heading', 'paragraph', 'quote'] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];

/** Where a version's text comes from. */
export const PROVENANCES = ['official', 'human', 'machine', 'user'] as const;
export type Provenance = (typeof PROVENANCES)[number];

export interface Block {
  /** 0-based position in the version's block order. */
  index: number;
  kind: BlockKind;
  text: string;
}

export interface VersionMeta {
  id: number;
  storyId: number;
  /** BCP 47 language tag, e.g. "uk", "en", "et". */
  lang: string;
  original: boolean;
  provenance: Provenance;
  headline: string;
  agency: string | null;
  place: string | null;
  /** ISO 8601 date or date-time when known. */
  publishedAt: string | null;
  url: string | null;
  sourceFile: string | null;
  contentHash: string;
  importedAt: string;
}

export interface StoryVersion extends VersionMeta {
  blocks: Block[];
}

/** What a story is: the reader's own, or a page of the first-run guide (which they can remove). */
export const STORY_KINDS = ['story', 'guide'] as const;
export type StoryKind = (typeof STORY_KINDS)[number];

export interface Story {
  id: number;
  kind: StoryKind;
  createdAt: string;
  updatedAt: string;
  tags: string[];
  versions: StoryVersion[];
}

export interface StorySummaryVersion {
  id: number;
  lang: string;
  original: boolean;
  headline: string;
  agency: string | null;
  place: string | null;
  publishedAt: string | null;
}

export interface StorySummary {
  id: number;
  kind: StoryKind;
  updatedAt: string;
  versions: StorySummaryVersion[];
}

export interface ArchiveStats {
  stories: number;
  versions: number;
  blocks: number;
  languages: { lang: string; versions: number }[];
  /** Stories of the first-run guide still in the archive. */
  guideStories: number;
  databaseBytes: number;
}
