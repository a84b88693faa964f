// XLIFF 1.2 (OASIS), as translation projects travel: one <file> per story, its `original` the
// source version's URL (else its file's name, else the story), one <trans-unit> per pair with the
// translation as <target state="translated">, approved when it can be used as it is (see
// isApproved). Metadata are <note>s marked with what they annotate
// (the source, the target, or the pair), written `key: value` with the CSV's column names.
import { blockList, type ExportUnit } from './pair-units';
import type { ExportSide, StoryPairs } from './story-pairs';
import type { PairWriter, PairWriterContext } from './writer';
import { startTag, xmlAttr, xmlForbidsSome, xmlText } from './xml-text';

type Annotates = 'source' | 'target' | 'general';

const note = (annotates: Annotates, key: string, value: string | number | null): string =>
  value === null || value === '' ? '' : `<note from="Diptych" annotates="${annotates}">${key}: ${xmlText(String(value))}</note>\n`;

function sideNotes(annotates: Annotates, s: ExportSide): string {
  return (
    note(annotates, 'lang', s.lang) +
    note(annotates, 'headline', s.headline) +
    note(annotates, 'provenance', s.provenance) +
    note(annotates, 'agency', s.agency) +
    note(annotates, 'published_at', s.publishedAt) +
    note(annotates, 'url', s.url)
  );
}

/** A file's name without its folders: a file shared with others must not tell where it was kept. */
function fileName(path: string | null): string | null {
  return path === null ? null : (path.split(/[\\/]/u).pop() ?? path);
}

function fileStart(story: StoryPairs, ctx: PairWriterContext): string {
  return (
    startTag('file', {
      original: story.from.url ?? fileName(story.from.sourceFile) ?? `story-${story.storyId}`,
      'source-language': story.from.lang,
      'target-language': story.to.lang,
      datatype: 'plaintext',
      date: ctx.createdAt.toISOString().replace(/\.\d{3}Z$/u, 'Z'),
      'tool-id': 'diptych',
    }) +
    '\n<header>\n' +
    startTag('tool', { 'tool-id': 'diptych', 'tool-name': 'Diptych', 'tool-version': ctx.toolVersion }, true) +
    '\n' +
    note('general', 'story', story.storyId) +
    sideNotes('source', story.from) +
    sideNotes('target', story.to) +
    '</header>\n<body>\n'
  );
}

/** A pair's confidence from which its pairing needs no review (the reader's own pairs are sure). */
export const APPROVED_CONFIDENCE = 0.9;

/**
 * Translation tools (translate-toolkit, Okapi) read a unit that is not approved as fuzzy, to be
 * reviewed: a published human translation paired surely is approved; a machine translation or
 * an unsure pairing is left for review.
 */
function isApproved(story: StoryPairs, u: ExportUnit): boolean {
  return story.to.provenance !== 'machine' && (u.byReader || u.confidence >= APPROVED_CONFIDENCE);
}

function transUnit(story: StoryPairs, u: ExportUnit): string {
  return (
    // Whitespace inside the texts is the text's own: tools must not fold it.
    `<trans-unit id="${u.id}"${isApproved(story, u) ? ' approved="yes"' : ''} xml:space="preserve">\n` +
    `<source xml:lang="${xmlAttr(story.from.lang)}">${xmlText(u.fromText)}</source>\n` +
    `<target xml:lang="${xmlAttr(story.to.lang)}" state="translated">${xmlText(u.toText)}</target>\n` +
    note('source', 'blocks', blockList(u.fromBlocks)) +
    note('target', 'blocks', blockList(u.toBlocks)) +
    note('general', 'confidence', u.confidence) +
    (u.byReader ? note('general', 'by_reader', 'true') : '') +
    '</trans-unit>\n'
  );
}

export function xliffWriter(ctx: PairWriterContext): PairWriter {
  let cleaned = 0;
  return {
    begin: () => '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n',
    story(story) {
      // A story with no unit left would be an empty <file>: leave it out (the job counts it).
      if (story.units.length === 0) return '';
      let out = fileStart(story, ctx);
      for (const u of story.units) {
        if (xmlForbidsSome(u.fromText) || xmlForbidsSome(u.toText)) cleaned++;
        out += transUnit(story, u);
      }
      return `${out}</body>\n</file>\n`;
    },
    end: () => '</xliff>\n',
    cleanedUnits: () => cleaned,
  };
}
