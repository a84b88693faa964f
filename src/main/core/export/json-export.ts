// Writing stories as Diptych JSON (import/formats/json-schema.ts), the format import reads back.
// Stories are written one at a time (export-job.ts streams them), so exporting 100,000 stories
// needs no more memory than exporting one.
import type { Database } from 'better-sqlite3';
import type { BlockKind, Story, StoryVersion } from '../../../shared/model';
import { DIPTYCH_JSON_FORMAT, DIPTYCH_JSON_VERSION, type JsonStoryT } from '../import/formats/json-schema';
import { getStory } from '../stories/repository';
import { pickPair } from '../stories/version-match';

interface DeclaredLinks {
  alternates: { lang: string; url: string }[];
  translationOf: string | null;
}

/** The links a version declared on import, so an export re-imports with its pairings. */
function declaredLinks(db: Database, versionId: number): DeclaredLinks {
  const rows = db
    .prepare("SELECT rel, url, lang FROM version_links WHERE version_id = ? AND rel != 'self'")
    .all(versionId) as { rel: string; url: string; lang: string | null }[];
  // Stored URLs are normalized without a scheme; https is what the web uses now.
  const full = (u: string): string => `https://${u}`;
  const translationOf = rows.find((r) => r.rel === 'translationOf');
  return {
    alternates: rows.filter((r) => r.rel === 'alternate' && r.lang).map((r) => ({ lang: r.lang!, url: full(r.url) })),
    translationOf: translationOf ? full(translationOf.url) : null,
  };
}

/** What a version needs to be written as Diptych JSON. */
export type JsonVersionSource = Pick<
  StoryVersion,
  'original' | 'provenance' | 'headline' | 'agency' | 'place' | 'publishedAt' | 'url'
> & { lang: string; blocks: readonly { kind: BlockKind; text: string }[] };

/** One version in the JSON schema (the export, and generated files for bench:import). */
export function jsonVersion(v: JsonVersionSource, links: DeclaredLinks = { alternates: [], translationOf: null }): JsonStoryT['versions'][number] {
  return {
    lang: v.lang,
    original: v.original,
    provenance: v.provenance,
    headline: v.headline,
    agency: v.agency,
    place: v.place,
    publishedAt: v.publishedAt,
    url: v.url,
    ...(links.translationOf ? { translationOf: links.translationOf } : {}),
    ...(links.alternates.length ? { alternates: links.alternates } : {}),
    blocks: v.blocks.map((b) => ({ kind: b.kind, text: b.text })),
  };
}

export function storyToJson(db: Database, story: Story): JsonStoryT {
  return {
    id: story.id,
    tags: story.tags,
    versions: story.versions.map((v) => jsonVersion(v, declaredLinks(db, v.id))),
  };
}

export interface JsonStoryWriter {
  begin(): string;
  /** The story as JSON; with `langs`, only the two versions that answer them (null when it lacks either). */
  story(storyId: number, langs: { from: string; to: string } | null): string | null;
  end(): string;
}

/** Diptych JSON, a story at a time: one document that `import` reads back. */
export function jsonWriter(db: Database, exportedAt: Date): JsonStoryWriter {
  let count = 0;
  return {
    begin: () =>
      `${JSON.stringify({ format: DIPTYCH_JSON_FORMAT, version: DIPTYCH_JSON_VERSION, exportedAt: exportedAt.toISOString() }).slice(0, -1)},"stories":[\n`,
    story(storyId, langs) {
      const story = getStory(db, storyId);
      if (langs) {
        const pair = pickPair(story.versions, langs.from, langs.to);
        if (!pair) return null;
        story.versions = story.versions.filter((v) => pair.includes(v));
      }
      return `${count++ === 0 ? '' : ',\n'}${JSON.stringify(storyToJson(db, story))}`;
    },
    end: () => '\n]}\n',
  };
}
