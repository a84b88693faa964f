// Stories that arrive already parsed and known to be new (the synthetic archive of `npm run gen`,
// test archives) go through the same analyze → write → index → queue steps as an import, each as
// a story of its own: this makes their unit, ArchiveWriter.storeNewStory stores it.
import type { ParsedVersion } from '../import/parsed';
import type { WordAnalyzer } from '../search/analyze';
import { prepareContext, prepareVersions } from './prepare';
import { unitOf, type Unit } from './units';

export interface StoryToStore {
  /** Names the story in reports and as its group. */
  name: string;
  /** Its versions, `original` as they say (otherwise the first). */
  versions: readonly ParsedVersion[];
}

/** The unit of one new story: its versions prepared (language, hash, index document). */
export function newStoryUnit(story: StoryToStore, analyzer: WordAnalyzer): Unit {
  // Their languages are given: no detector is needed (DetectorNeeded says otherwise).
  const versions = prepareVersions(story.name, story.versions, prepareContext(null, analyzer, null), false);
  return { ...unitOf(versions, true, story.name), fromFile: false };
}
