// Aligning two files that are not in the archive: parsed with the importers, aligned in memory,
// nothing stored. For `diptych align FILE_A FILE_B`.
import { readFileSync, statSync } from 'node:fs';
import { DiptychError } from '../../../shared/errors';
import type { Block } from '../../../shared/model';
import { detectLanguage } from '../import/detect-language';
import { normalizeLangTag } from '../import/lang-tag';
import { parseFileName } from '../import/file-name';
import { formatFor } from '../import/formats';
import { MAX_FILE_BYTES } from '../import/formats/file-kinds';
import { findMoved } from './moved';
import { alignSpans, range } from './paragraphs';
import { alignSentenceGroups, type SentenceGroup } from './sentence-pairs';

export interface LoadedFile {
  file: string;
  lang: string;
  blocks: Block[];
}

export interface FilePair {
  from: number[];
  to: number[];
  confidence: number;
  elsewhere?: number;
  sentences?: SentenceGroup[];
}

/** Reads and parses one file as the importer would (the first story of a multi-story file). */
export function loadFile(file: string, langOverride?: string): LoadedFile {
  let bytes: Uint8Array;
  try {
    if (statSync(file).size > MAX_FILE_BYTES) throw new DiptychError('fileTooLarge', { limitMb: MAX_FILE_BYTES >> 20 });
    bytes = readFileSync(file);
  } catch (e) {
    if (e instanceof DiptychError) throw e;
    throw new DiptychError('fileUnreadable', { file }, (e as Error).message);
  }
  const parsed = formatFor(file, bytes).parse(bytes, file)[0];
  if (!parsed) throw new DiptychError('notAStory', { reason: 'empty' });
  const declared = langOverride ?? parseFileName(file).lang ?? parsed.lang;
  const lang =
    (declared ? normalizeLangTag(declared) : null) ??
    detectLanguage(parsed.blocks.map((b) => b.text).join('\n')).lang ??
    'und';
  return { file, lang, blocks: parsed.blocks.map((b, index) => ({ index, kind: b.kind, text: b.text })) };
}

export function alignLoaded(a: LoadedFile, b: LoadedFile, withSentences: boolean): FilePair[] {
  const spans = alignSpans(a.blocks, b.blocks);
  const moved = findMoved(a.blocks, b.blocks, spans);
  const pairs = spans.map((s, i) => {
    const pair: FilePair = { from: range(s.a0, s.a1), to: range(s.b0, s.b1), confidence: s.confidence };
    if (moved.has(i)) pair.elsewhere = moved.get(i);
    return pair;
  });
  if (!withSentences) return pairs;
  // All groups together, so the sentences of one teach the lexicon for the others.
  const paired = pairs.filter((p) => p.from.length > 0 && p.to.length > 0);
  const texts = (blocks: Block[], indexes: number[]) => indexes.map((i) => ({ index: i, text: blocks[i]!.text }));
  const found = alignSentenceGroups(
    paired.map((p) => ({ a: texts(a.blocks, p.from), b: texts(b.blocks, p.to) })),
    a.lang,
    b.lang,
  );
  const byPair = new Map(paired.map((p, k) => [p, found.groups[k]!]));
  return pairs.map((p) => ({ ...p, sentences: byPair.get(p) ?? [] }));
}
