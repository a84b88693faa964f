// Which parser reads a file: chosen by its name, or by a look at its content when the name
// does not say. Binary files (images, PDFs, office documents) are recognised and refused.
import { DiptychError } from '../../../../shared/errors';
import { decodeText, decodeWindows1252 } from '../decode';
import type { ParsedVersion } from '../parsed';
import { parseAgencyText } from './agency-text';
import { isFeed, parseFeed } from './feed';
import { parseHtmlPage } from './html-page';
import { parseJsonStory } from './json-archive';
import { splitJsonStories } from './json-stream';
import { parseMarkdown } from './markdown';
import { ARCHIVE_EXTENSIONS, extensionOf, MAX_JSON_STORY_BYTES } from './file-kinds';

export { ARCHIVE_EXTENSIONS, extensionOf, MAX_JSON_STORY_BYTES } from './file-kinds';

export interface ImportFormat {
  id: 'text' | 'html' | 'markdown' | 'json' | 'feed';
  /** File name endings this format claims, lower case, without the dot. */
  extensions: readonly string[];
  parse(bytes: Uint8Array, fileName: string): ParsedVersion[];
}

const text = (bytes: Uint8Array): string => decodeText(bytes).text;

/**
 * Pages and feeds name their encoding (`<meta charset>`, `<?xml encoding?>`). Valid UTF-8 (or a
 * byte-order mark) wins, since re-saved pages often keep a stale declaration; otherwise a declared
 * encoding (windows-1252, ISO-8859-2, KOI8-R…) is used, strictly, before the usual guesses.
 */
export function declaredText(bytes: Uint8Array): string {
  const bom = (bytes[0] === 0xef && bytes[1] === 0xbb) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const label = /<\?xml[^>]*encoding=["']([\w.:-]+)["']/iu.exec(head)?.[1] ?? /<meta[^>]*charset=["']?([\w.:-]+)/iu.exec(head)?.[1];
  if (!bom && label && !/^utf-?(8|16)/iu.test(label)) {
    if (WINDOWS_1252_LABELS.test(label)) {
      try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        return decodeWindows1252(bytes);
      }
    }
    for (const encoding of ['utf-8', label]) {
      try {
        return new TextDecoder(encoding, { fatal: true }).decode(bytes);
      } catch {
        // Not valid in this encoding (or an encoding this runtime does not know): try the next.
      }
    }
  }
  return decodeText(bytes).text;
}

/** Labels the Encoding Standard maps to windows-1252. */
const WINDOWS_1252_LABELS = /^(windows-1252|cp1252|x-cp1252|iso-8859-1|iso8859-1|iso_8859-1|latin1|l1|ascii|us-ascii|cp819|ibm819)$/iu;

export const IMPORT_FORMATS: readonly ImportFormat[] = [
  { id: 'text', extensions: ['txt', 'text'], parse: (bytes) => [parseAgencyText(text(bytes))] },
  { id: 'html', extensions: ['html', 'htm', 'xhtml', 'shtml'], parse: (bytes) => [parseHtmlPage(declaredText(bytes))] },
  { id: 'markdown', extensions: ['md', 'markdown', 'mdown', 'mkd'], parse: (bytes) => [parseMarkdown(text(bytes))] },
  {
    id: 'json',
    extensions: ['json'],
    parse: (bytes) => {
      const out: ParsedVersion[] = [];
      let i = 0;
      for (const story of splitJsonStories([bytes], { maxStoryBytes: MAX_JSON_STORY_BYTES })) {
        out.push(...parseJsonStory(story, i++));
      }
      return out;
    },
  },
  { id: 'feed', extensions: ['rss', 'atom', 'xml'], parse: (bytes) => parseFeed(declaredText(bytes)) },
];

/** File signatures of common binary formats, with a name to tell the reader. */
const MAGIC: { kind: string; bytes: number[] }[] = [
  { kind: 'PNG', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { kind: 'JPEG', bytes: [0xff, 0xd8, 0xff] },
  { kind: 'GIF', bytes: [0x47, 0x49, 0x46, 0x38] },
  { kind: 'PDF', bytes: [0x25, 0x50, 0x44, 0x46] },
  { kind: 'ZIP', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { kind: 'GZIP', bytes: [0x1f, 0x8b] },
  { kind: 'ELF', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { kind: 'EXE', bytes: [0x4d, 0x5a] },
  { kind: 'OLE', bytes: [0xd0, 0xcf, 0x11, 0xe0] },
  { kind: 'WEBP', bytes: [0x52, 0x49, 0x46, 0x46] },
  { kind: 'SQLite', bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65] },
  { kind: '7z', bytes: [0x37, 0x7a, 0xbc, 0xaf] },
];

/** Names a binary format when the bytes start like one. */
export function binaryKind(bytes: Uint8Array): string | null {
  for (const m of MAGIC) if (m.bytes.every((b, i) => bytes[i] === b)) return m.kind;
  return null;
}

const byId = (id: ImportFormat['id']): ImportFormat => IMPORT_FORMATS.find((f) => f.id === id)!;

/** The start of a file as text, or null when it is not text. */
function headText(bytes: Uint8Array): string | null {
  try {
    return decodeText(bytes.subarray(0, 4096)).text.trimStart().slice(0, 2048);
  } catch {
    return null;
  }
}

/**
 * Whether the first character past a byte-order mark and white space is `<`, as it is in every
 * page and feed, in UTF-8, UTF-16 (either order) and the single-byte encodings alike.
 */
function opensWithAngle(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length && i < 4096; i++) {
    const b = bytes[i]!;
    if (b === 0x3c) return true;
    const skipped = b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09 || b === 0x00 || (i < 3 && (b === 0xef || b === 0xbb || b === 0xbf || b === 0xff || b === 0xfe));
    if (!skipped) return false;
  }
  return false;
}

/** A feed or an HTML page, by how its text starts; null for anything else. */
function markupOf(head: string): ImportFormat | null {
  const lower = head.toLowerCase();
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(rss|feed|rdf:rdf)[\s>]/u.test(lower) || isFeed(head)) return byId('feed');
  if (/^(<!doctype html|<html[\s>])/u.test(lower)) return byId('html');
  return null;
}

function markupFormat(bytes: Uint8Array): ImportFormat | null {
  // Nearly every .txt is agency text: a look at its first byte spares decoding its start again.
  if (!opensWithAngle(bytes)) return null;
  const head = headText(bytes);
  return head === null ? null : markupOf(head);
}

/** What the first bytes of an unnamed (or oddly named) file look like. */
function sniff(bytes: Uint8Array, fileName: string): ImportFormat | null {
  const head = headText(bytes);
  // Bytes that are not text say so: undecodableText is more use than "files of type —".
  if (head === null) {
    if (!extensionOf(fileName)) throw new DiptychError('undecodableText');
    return null;
  }
  const markup = markupOf(head);
  if (markup) return markup;
  if (/^[[{]/u.test(head)) return byId('json');
  if (/^---\r?\n/u.test(head)) return byId('markdown');
  // A file with no extension at all that reads as text (and is none of the above) is agency
  // text, the layout wires send: decoding the whole file refuses binary or mixed bytes.
  if (!extensionOf(fileName)) {
    decodeText(bytes);
    return byId('text');
  }
  return null;
}

/** The format for a file, by extension, then by content. */
export function formatFor(fileName: string, bytes?: Uint8Array): ImportFormat {
  const kind = bytes ? binaryKind(bytes) : null;
  const ext = extensionOf(fileName);
  const byExtension = IMPORT_FORMATS.find((f) => f.extensions.includes(ext));
  if (kind && (byExtension || !(ARCHIVE_EXTENSIONS as readonly string[]).includes(ext))) {
    throw new DiptychError('binaryFile', { kind });
  }
  // A page or feed saved as .txt is still a page or feed: stored as agency text, its markup and
  // scripts would become the story's words.
  if (byExtension?.id === 'text' && bytes) return markupFormat(bytes) ?? byExtension;
  if (byExtension) return byExtension;
  const sniffed = bytes ? sniff(bytes, fileName) : null;
  if (sniffed) return sniffed;
  throw new DiptychError('unsupportedFormat', { ext: ext || '—' });
}
