// What every pair format is: text before the first story, text for each story, text after the
// last. Writers return strings and keep nothing but counters, so the export streams.
import type { ExportFormat } from '../../../shared/api/export';
import type { StoryPairs } from './story-pairs';

export interface PairWriterContext {
  /** The languages asked for, as tags (each unit carries its versions' own tags). */
  from: string;
  to: string;
  segmentation: 'paragraph' | 'sentence';
  toolVersion: string;
  createdAt: Date;
  /** The search the stories came from, recorded in the header where the format has room. */
  query: string | null;
  bom: boolean;
}

export interface PairWriter {
  begin(): string;
  story(story: StoryPairs): string;
  end(): string;
  /** Units whose text held characters the format cannot carry, written without them. */
  cleanedUnits(): number;
}

export type PairFormat = Exclude<ExportFormat, 'json'>;
