// Diptych JSON (see json-schema.ts): each story's versions come out together, sharing a group
// key, so one story in the file is one story in the archive.
import { DiptychError } from '../../../../shared/errors';
import type { ParsedBlock, ParsedVersion } from '../parsed';
import { isoDate } from './dates';
import { normalizeLangTag } from '../lang-tag';
import { safeUrl } from './html-page';
import { JsonStory, type JsonStoryT } from './json-schema';
import { splitJsonStories } from './json-stream';

/** Where in the file, as JavaScript writes it: `stories[0].versions[1].blocks[3].text`. */
export function jsonPath(index: number, path: readonly PropertyKey[]): string {
  return path.reduce<string>((at, key) => (typeof key === 'number' ? `${at}[${key}]` : `${at}.${String(key)}`), `stories[${index}]`);
}

/** One story of a JSON file, validated. `index` is its position, for the group key and errors. */
export function parseJsonStory(text: string, index: number): ParsedVersion[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new DiptychError('malformedFile', { format: 'JSON' }, (e as Error).message);
  }
  const checked = JsonStory.safeParse(data);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new DiptychError('invalidJsonSchema', { path: jsonPath(index, issue?.path ?? []) }, issue?.message);
  }
  return storyVersions(checked.data, index);
}

/**
 * A story is stored whole or not at all, so what would fail it is found here, before anything is
 * written: a language that is no language tag (never silently replaced by a detected one), two
 * versions in one language. Of two versions marked original, the first is the original.
 */
function checkVersions(story: JsonStoryT, index: number): void {
  const seen = new Set<string>();
  story.versions.forEach((v, i) => {
    const lang = normalizeLangTag(v.lang);
    if (!lang) throw new DiptychError('invalidJsonSchema', { path: jsonPath(index, ['versions', i, 'lang']) }, `not a language tag: ${v.lang}`);
    if (seen.has(lang.toLowerCase())) throw new DiptychError('repeatedLanguage', { lang });
    seen.add(lang.toLowerCase());
  });
}

function storyVersions(story: JsonStoryT, index: number): ParsedVersion[] {
  checkVersions(story, index);
  const firstOriginal = story.versions.findIndex((v) => v.original === true);
  return story.versions.map((v, i) => {
    const blocks: ParsedBlock[] = v.blocks.filter((b) => b.text.trim().length > 0);
    const headline = v.headline?.trim() || blocks.find((b) => b.kind === 'headline')?.text;
    // Say where: "the file does not hold a story" was no help for one version without a headline.
    if (!headline) throw new DiptychError('invalidJsonSchema', { path: jsonPath(index, ['versions', i, 'headline']) }, 'no headline');
    if (blocks[0]?.kind !== 'headline') blocks.unshift({ kind: 'headline', text: headline });
    return {
      lang: v.lang,
      headline,
      blocks,
      agency: v.agency ?? null,
      place: v.place ?? null,
      publishedAt: isoDate(v.publishedAt),
      url: safeUrl(v.url),
      ...(v.original !== undefined ? { original: v.original && i === firstOriginal } : {}),
      ...(v.provenance ? { provenance: v.provenance } : {}),
      translationOf: v.translationOf ?? null,
      alternates: (v.alternates ?? []).flatMap((a) => {
        const url = safeUrl(a.url);
        return url ? [{ lang: a.lang, url }] : [];
      }),
      tags: story.tags ?? [],
      groupKey: `story-${index}`,
    };
  });
}

/** Every story of a JSON file, one at a time (the file may be far larger than memory allows). */
export function* readJsonStories(
  chunks: Iterable<Uint8Array>,
  maxStoryBytes: number,
): Generator<ParsedVersion[]> {
  let index = 0;
  for (const text of splitJsonStories(chunks, { maxStoryBytes })) {
    yield parseJsonStory(text, index++);
  }
}
