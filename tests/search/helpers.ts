// Test helpers for search: an archive with the seed story, and stories written in the test.
import type { Database } from 'better-sqlite3';
import type { BlockKind } from '../../src/shared/model';
import { contentHash } from '../../src/main/core/stories/content-hash';
import { createStory, insertVersion } from '../../src/main/core/stories/repository';
import { importPaths } from '../../src/main/core/import/import-files';
import { memoryArchive, seedPath } from '../support/archive';

export interface TestVersion {
  lang: string;
  original?: boolean;
  agency?: string | null;
  place?: string | null;
  publishedAt?: string | null;
  /** Headline first; `[kind, text]` pairs or plain paragraphs. */
  blocks: (string | [BlockKind, string])[];
}

export function addStory(db: Database, versions: TestVersion[]): number {
  return db.transaction(() => {
    const story = createStory(db);
    versions.forEach((v, i) => {
      const blocks = v.blocks.map((b, j) =>
        typeof b === 'string' ? { kind: (j === 0 ? 'headline' : 'paragraph') as BlockKind, text: b } : { kind: b[0], text: b[1] },
      );
      insertVersion(db, story, {
        lang: v.lang,
        original: v.original ?? i === 0,
        provenance: 'official',
        headline: blocks[0]?.text ?? '',
        agency: v.agency ?? null,
        place: v.place ?? null,
        publishedAt: v.publishedAt ?? null,
        url: null,
        sourceFile: null,
        contentHash: contentHash([{ kind: 'paragraph', text: `${story}:${v.lang}` }, ...blocks]),
        blocks,
      });
    });
    return story;
  })();
}

/** A fresh archive holding the seed story (en original, uk and et translations). */
export function seedArchive(): { db: Database; storyId: number } {
  const db = memoryArchive();
  const report = importPaths(db, [seedPath('en'), seedPath('uk'), seedPath('et')]);
  if (report.imported.length !== 3) throw new Error(`seed import failed: ${JSON.stringify(report.failed)}`);
  return { db, storyId: report.imported[0]!.story };
}
