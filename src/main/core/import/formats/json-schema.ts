// The Diptych JSON format: what `diptych export` writes and what import reads back.
// A file holds one story, an array of stories, or {"format":"diptych","version":1,"stories":[…]}.
// Each story has versions; each version its language and blocks. See README "The JSON format".
import { z } from 'zod';
import { BLOCK_KINDS, PROVENANCES } from '../../../../shared/model';

export const DIPTYCH_JSON_FORMAT = 'diptych';
export const DIPTYCH_JSON_VERSION = 1;

const text = (max: number) => z.string().max(max);
const optionalText = (max: number) => z.string().max(max).nullish();

export const JsonBlock = z.object({
  kind: z.enum(BLOCK_KINDS),
  text: text(200_000),
});

export const JsonVersion = z.object({
  lang: text(35).min(2),
  original: z.boolean().optional(),
  provenance: z.enum(PROVENANCES).optional(),
  headline: optionalText(2_000),
  agency: optionalText(500),
  place: optionalText(500),
  publishedAt: optionalText(64),
  url: optionalText(4_000),
  /** URL of the version this one translates. */
  translationOf: optionalText(4_000),
  /** The same story in other languages, by URL. */
  alternates: z.array(z.object({ lang: text(35), url: text(4_000) })).max(500).optional(),
  blocks: z.array(JsonBlock).min(1).max(100_000),
});

export const JsonStory = z.object({
  /** The id in the archive it was exported from; informative only, never reused on import. */
  id: z.number().int().optional(),
  tags: z.array(text(200)).max(1_000).optional(),
  versions: z.array(JsonVersion).min(1).max(500),
});

export type JsonVersionT = z.infer<typeof JsonVersion>;
export type JsonStoryT = z.infer<typeof JsonStory>;

/** The header written before the stories in an export. */
export interface JsonArchiveHeader {
  format: typeof DIPTYCH_JSON_FORMAT;
  version: typeof DIPTYCH_JSON_VERSION;
  exportedAt: string;
}
