// Test helpers for search: an archive with the seed story, and stories written in the test.
import type { Database } from 'better-sqlite3';
import type { BlockKind } from '../../src/shared/model';
import { contentHash } from '../../src/main/core/stories/content-hash';
import { importPaths } from '../../src/main/core/pipeline/import';
import { emptyReport } from '../../src/main/core/pipeline/report';
import { newStoryUnit } from '../../src/main/core/pipeline/store-stories';
import { ArchiveWriter } from '../../src/main/core/pipeline/writer';
import { WordAnalyzer } from '../../src/main/core/search/analyze';
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

let written = 0;

/** Stores a story as the pipeline does (written, indexed); the same text may be in many stories. */
export function addStory(db: Database, versions: TestVersion[]): number {
  const story = `test-story-${++written}`;
  const unit = newStoryUnit(
    {
      name: story,
      versions: versions.map((v, i) => {
        const blocks = v.blocks.map((b, j) =>
          typeof b === 'string' ? { kind: (j === 0 ? 'headline' : 'paragraph') as BlockKind, text: b } : { kind: b[0], text: b[1] },
        );
        return {
          lang: v.lang,
          original: v.original ?? i === 0,
          headline: blocks[0]?.text ?? '',
          agency: v.agency ?? null,
          place: v.place ?? null,
          publishedAt: v.publishedAt ?? null,
          url: null,
          blocks,
        };
      }),
    },
    new WordAnalyzer(),
  );
  // Tests store the same text in several stories: each version's identity is its own.
  for (const p of unit.versions) p.hash = contentHash([{ kind: 'paragraph', text: `${story}:${p.lang}` }, ...p.parsed.blocks]);
  const report = emptyReport();
  const writer = new ArchiveWriter(db, {}, report);
  writer.storeNewStory(unit);
  writer.close();
  if (report.failed.length > 0) throw new Error(`could not store ${story}: ${JSON.stringify(report.failed)}`);
  return report.imported[0]!.story;
}

/** A fresh archive holding the seed story (en original, uk and et translations). */
export function seedArchive(): { db: Database; storyId: number } {
  const db = memoryArchive();
  const report = importPaths(db, [seedPath('en'), seedPath('uk'), seedPath('et')]);
  if (report.imported.length !== 3) throw new Error(`seed import failed: ${JSON.stringify(report.failed)}`);
  return { db, storyId: report.imported[0]!.story };
}
