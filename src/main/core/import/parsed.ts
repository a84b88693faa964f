// What every import format produces: one version of a story, before it is stored.
import type { BlockKind, Provenance } from '../../../shared/model';

export interface ParsedBlock {
  kind: BlockKind;
  text: string;
  /** Not running prose (a photo's caption, a table's row, code): kept, never taken as the lead or a dateline. Not stored. */
  aside?: true;
}

export interface ParsedVersion {
  /** Language declared by the document or its file name (BCP 47), if any. */
  lang: string | null;
  /** Language its container declares for all it holds (a feed's channel): taken unless the text
   *  is plainly in another script, when its language is detected instead. */
  containerLang?: string | null;
  headline: string;
  /** Every block in reading order, the headline first. */
  blocks: ParsedBlock[];
  agency: string | null;
  place: string | null;
  publishedAt: string | null;
  url: string | null;
  /** Declared by the document: true when it says it is the original, false for a translation. */
  original?: boolean;
  provenance?: Provenance;
  /** Versions of one story that arrive together share this key (e.g. `NAME` of `NAME.LANG.txt`). */
  groupKey?: string | null;
  /** URL or id of the version this one translates, when the document declares it. */
  translationOf?: string | null;
  /** URLs of the same story in other languages (hreflang alternates). */
  alternates?: { lang: string; url: string }[];
  tags?: string[];
}
