// Stories that arrive already parsed and known to be new (the synthetic archive of `npm run gen`,
// test archives) go through the same analyze → write → index → queue steps as an import, each
// as a story of its own.
import type { Database } from 'better-sqlite3';
import type { ParsedVersion } from '../import/parsed';
import { WordAnalyzer } from '../search/analyze';
import { prepareVersions } from './prepare';
import { emptyReport, type ImportReport } from './report';
import type { Unit } from './units';
import { ArchiveWriter } from './writer';

export interface StoryToStore {
  /** Names the story in reports and as its group. */
  name: string;
  /** Its versions, `original` as they say (otherwise the first). */
  versions: readonly ParsedVersion[];
}

/** The unit of one new story: its versions prepared (language, hash, index document). */
export function newStoryUnit(story: StoryToStore, analyzer: WordAnalyzer): Unit {
  // Their languages are given: no detector is needed (DetectorNeeded says otherwise).
  const versions = prepareVersions(story.name, story.versions, { override: null, analyzer, detect: null }, false);
  return {
    versions,
    whole: true,
    label: story.name,
    bytes: versions.reduce((n, v) => n + v.parsed.blocks.reduce((m, b) => m + b.text.length, 0), 0),
    fromFile: false,
  };
}

/** Stores each story as a new story; `onStored` hears how many were handed to the writer. */
export function storeStories(db: Database, stories: Iterable<StoryToStore>, onStored?: (stories: number) => void): ImportReport {
  const report = emptyReport(0);
  const writer = new ArchiveWriter(db, {}, report);
  const analyzer = new WordAnalyzer();
  let n = 0;
  try {
    for (const story of stories) {
      writer.storeNewStory(newStoryUnit(story, analyzer));
      onStored?.(++n);
    }
  } finally {
    writer.close();
  }
  return report;
}
