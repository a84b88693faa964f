// CSV (RFC 4180) and TSV for spreadsheets and corpus tools: a header row, then one row per pair,
// CRLF between records. A field holding the delimiter, a quote, CR or LF is quoted, its quotes
// doubled; everything else is written exactly as stored. TSV is the same with a tab, as
// spreadsheets read it. UTF-8, with a byte order mark unless asked not to (Excel needs it to take
// the file as UTF-8).
import { blockList } from './pair-units';
import type { PairWriter, PairWriterContext } from './writer';

export const DELIMITED_COLUMNS = [
  'story',
  'from_lang',
  'to_lang',
  'from_blocks',
  'to_blocks',
  'from_text',
  'to_text',
  'confidence',
  'by_reader',
  'agency',
  'published_at',
  'url',
] as const;

const NEEDS_QUOTES = { ',': /[",\r\n]/u, '\t': /["\t\r\n]/u } as const;
type Delimiter = keyof typeof NEEDS_QUOTES;

export function delimitedField(value: string, delimiter: Delimiter): string {
  return NEEDS_QUOTES[delimiter].test(value) ? `"${value.replace(/"/gu, '""')}"` : value;
}

const record = (fields: readonly string[], delimiter: Delimiter): string =>
  `${fields.map((f) => delimitedField(f, delimiter)).join(delimiter)}\r\n`;

export function delimitedWriter(ctx: PairWriterContext, delimiter: Delimiter): PairWriter {
  return {
    begin: () => `${ctx.bom ? '\uFEFF' : ''}${record(DELIMITED_COLUMNS, delimiter)}`,
    story(story) {
      // The story's facts are the source version's: the one the pairs are translated from.
      const { from, to } = story;
      let out = '';
      for (const u of story.units) {
        out += record(
          [
            String(story.storyId),
            from.lang,
            to.lang,
            blockList(u.fromBlocks),
            blockList(u.toBlocks),
            u.fromText,
            u.toText,
            String(u.confidence),
            String(u.byReader),
            from.agency ?? '',
            from.publishedAt ?? '',
            from.url ?? '',
          ],
          delimiter,
        );
      }
      return out;
    },
    end: () => '',
    // CSV carries any character: nothing is cleaned.
    cleanedUnits: () => 0,
  };
}
