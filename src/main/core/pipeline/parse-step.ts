// The read → decode → parse → analyze steps for one work item, as the parse workers (or the
// writer's own thread, for a small import) run them: bytes in, units to store and failures out.
// Nothing here touches the archive.
import { DiptychError, toApiError } from '../../../shared/errors';
import { extensionOf, formatFor, MAX_JSON_STORY_BYTES } from '../import/formats';
import { parseJsonStory } from '../import/formats/json-archive';
import { splitJsonStories } from '../import/formats/json-stream';
import { DetectorNeeded, prepareVersions, type PrepareContext } from './prepare';
import { MAX_FILE_BYTES } from '../import/formats/file-kinds';
import { readSource } from './sources';
import { unitOf, type Parsed, type WorkItem } from './units';

export type ParseContext = PrepareContext;

/** A failure of the item, unless it only waits for the language detector. */
function failureOf(file: string, e: unknown): Parsed[number] {
  if (e instanceof DetectorNeeded) throw e;
  return { failure: { file, error: toApiError(e) } };
}

/** One story of a JSON file: stored whole or not at all, labelled `file#N`. */
function jsonStory(name: string, index: number, text: string, ctx: ParseContext): Parsed[number] {
  const label = `${name}#${index + 1}`;
  try {
    const parsed = parseJsonStory(text, index);
    const versions = prepareVersions(name, parsed, ctx, false).map((p, i) => ({
      ...p,
      file: parsed.length > 1 ? `${label}.${i + 1}` : label,
    }));
    return { unit: unitOf(versions, true, label) };
  } catch (e) {
    return failureOf(label, e);
  }
}

/** A file's bytes: one unit for a page or a text, one a story for JSON, one an entry for a feed. */
function parseBytes(name: string, bytes: Uint8Array, insideZip: boolean, ctx: ParseContext): Parsed {
  const ext = extensionOf(name);
  if (ext === 'zip') throw new DiptychError(insideZip ? 'nestedArchive' : 'internal', {}, 'zip outside the reader');
  if (bytes.length > MAX_FILE_BYTES && ext !== 'json') throw new DiptychError('fileTooLarge', { limitMb: MAX_FILE_BYTES >> 20 });
  const format = formatFor(name, bytes);
  if (format.id === 'json') {
    const out: Parsed = [];
    let index = 0;
    try {
      for (const text of splitJsonStories([bytes], { maxStoryBytes: MAX_JSON_STORY_BYTES })) out.push(jsonStory(name, index++, text, ctx));
    } catch (e) {
      // The stories before a break in the file still land; the file is named for the rest.
      out.push(failureOf(name, e));
    }
    return out;
  }
  const parsed = format.parse(bytes, name);
  if (parsed.length === 0) throw new DiptychError('notAStory', { reason: 'empty' });
  // A feed's entries are stored each on its own: one that fails leaves the others.
  return prepareVersions(name, parsed, ctx).map((v) => ({ unit: unitOf([v], false, v.file) }));
}

/**
 * Parses one work item; whatever goes wrong is a failure of that item, never a throw, but for
 * DetectorNeeded: then load the language detector into `ctx` and parse the item again.
 */
export function parseWork(item: WorkItem, ctx: ParseContext): Parsed {
  if (item.kind === 'json-story') return [jsonStory(item.name, item.index, item.text, ctx)];
  try {
    const bytes = item.kind === 'path' ? readSource(item.name, item.size) : item.bytes;
    return parseBytes(item.name, bytes, item.kind === 'bytes' && item.insideZip, ctx);
  } catch (e) {
    return [failureOf(item.name, e)];
  }
}
