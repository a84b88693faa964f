// Writing a synthetic archive straight into a database, through the same repository functions an
// import uses (createStory, insertVersion and its hooks), one transaction per batch for speed.
import type { Database } from 'better-sqlite3';
import { contentHash } from '../stories/content-hash';
import { createStory, insertVersion } from '../stories/repository';
import { DEFAULT_SEED, generateStories, type GenerateOptions, type SyntheticStory } from './synthetic';

export interface WriteProgress {
  done: number;
  total: number;
  elapsedMs: number;
}

export interface WriteSyntheticOptions extends GenerateOptions {
  /** Stories per transaction. */
  batchSize?: number;
  onProgress?: (progress: WriteProgress) => void;
}

export interface WriteSyntheticResult {
  stories: number;
  versions: number;
  blocks: number;
  elapsedMs: number;
}

/** Settings key describing what was generated into an archive, for benchmarks to check. */
export const SYNTHETIC_SETTINGS_KEY = 'synthetic.archive';

/** Stores one generated story (call inside a transaction); returns its id. */
export function storeSyntheticStory(db: Database, story: SyntheticStory): number {
  const storyId = createStory(db, story.key);
  for (const v of story.versions) {
    insertVersion(db, storyId, {
      lang: v.lang,
      original: v.original,
      provenance: v.provenance,
      headline: v.headline,
      agency: v.agency,
      place: v.place,
      publishedAt: v.publishedAt,
      url: v.url,
      sourceFile: null,
      contentHash: contentHash(v.blocks),
      blocks: v.blocks,
    });
  }
  return storyId;
}

export function writeSyntheticArchive(db: Database, options: WriteSyntheticOptions): WriteSyntheticResult {
  const batchSize = Math.max(1, options.batchSize ?? 1000);
  const started = performance.now();
  const result: WriteSyntheticResult = { stories: 0, versions: 0, blocks: 0, elapsedMs: 0 };
  let batch: SyntheticStory[] = [];
  const flush = db.transaction((stories: SyntheticStory[]) => {
    for (const story of stories) {
      storeSyntheticStory(db, story);
      result.stories++;
      result.versions += story.versions.length;
      for (const v of story.versions) result.blocks += v.blocks.length;
    }
  });
  const report = (): void =>
    options.onProgress?.({ done: result.stories, total: options.stories, elapsedMs: performance.now() - started });
  for (const story of generateStories(options)) {
    batch.push(story);
    if (batch.length === batchSize) {
      flush(batch);
      batch = [];
      report();
    }
  }
  if (batch.length > 0) {
    flush(batch);
    report();
  }
  db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(
    SYNTHETIC_SETTINGS_KEY,
    JSON.stringify({ seed: options.seed ?? DEFAULT_SEED, start: options.start ?? 0, stories: options.stories }),
  );
  result.elapsedMs = performance.now() - started;
  return result;
}
