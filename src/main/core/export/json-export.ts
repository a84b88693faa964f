// Writing stories as Diptych JSON (import/formats/json-schema.ts), the format import reads back.
// Stories are written one at a time through `write`, so exporting 100,000 stories needs no more
// memory than exporting one.
import type { Database } from 'better-sqlite3';
import { DiptychError } from '../../../shared/errors';
import type { BlockKind, Story, StoryVersion } from '../../../shared/model';
import { DIPTYCH_JSON_FORMAT, DIPTYCH_JSON_VERSION, type JsonStoryT } from '../import/formats/json-schema';
import { getStory, storyExists } from '../stories/repository';

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

/** Writes the stories with `ids` (all when empty) as one Diptych JSON document; returns how many. */
export function exportJson(db: Database, ids: readonly number[], write: (chunk: string) => void): number {
  for (const id of ids) if (!storyExists(db, id)) throw new DiptychError('notFound', { id });
  const header = { format: DIPTYCH_JSON_FORMAT, version: DIPTYCH_JSON_VERSION, exportedAt: new Date().toISOString() };
  write(`${JSON.stringify(header).slice(0, -1)},"stories":[\n`);
  let count = 0;
  const writeStory = (id: number): void => {
    write(`${count === 0 ? '' : ',\n'}${JSON.stringify(storyToJson(db, getStory(db, id)))}`);
    count++;
  };
  if (ids.length > 0) ids.forEach(writeStory);
  else {
    // Paged by id so the statement is not held open while other queries run.
    const page = db.prepare('SELECT id FROM stories WHERE id > ? ORDER BY id LIMIT 500');
    let after = 0;
    for (;;) {
      const rows = page.all(after) as { id: number }[];
      if (rows.length === 0) break;
      for (const { id } of rows) writeStory(id);
      after = rows[rows.length - 1]!.id;
    }
  }
  write('\n]}\n');
  return count;
}
