// Markdown notes with YAML front matter (title, lang, source, place, date, url, translation_of,
// tags). Headings become headings, block quotes quotes, list items paragraphs; inline markup
// is reduced to its text, and embedded HTML goes through the same sanitizing walk as pages.
import { Lexer, type Token, type Tokens } from 'marked';
import { parse as parseYaml } from 'yaml';
import { DiptychError } from '../../../../shared/errors';
import { PROVENANCES, type Provenance } from '../../../../shared/model';
import type { ParsedBlock, ParsedVersion } from '../parsed';
import { isoDate } from './dates';
import { cleanText, fragmentReader, plainText, type FragmentReader } from './html-blocks';
import { safeUrl } from './html-page';
import { shapeStory } from './story-shape';

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/u;

export interface FrontMatter {
  title?: string;
  lang?: string;
  source?: string;
  place?: string;
  date?: string;
  url?: string;
  translation_of?: string;
  tags?: string[];
  original?: boolean;
  provenance?: Provenance;
}

/** Reads the YAML header; anchors/aliases are capped so a "billion laughs" YAML stays small. */
export function parseFrontMatter(yamlText: string): FrontMatter {
  let data: unknown;
  try {
    data = parseYaml(yamlText, { maxAliasCount: 20, schema: 'core', prettyErrors: false, uniqueKeys: false, logLevel: 'error' });
  } catch (e) {
    throw new DiptychError('malformedFile', { format: 'YAML' }, (e as Error).message);
  }
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new DiptychError('malformedFile', { format: 'YAML' }, 'front matter is not a mapping');
  }
  const d = data as Record<string, unknown>;
  const str = (v: unknown): string | undefined =>
    typeof v === 'string' || typeof v === 'number' ? cleanText(String(v)) || undefined : undefined;
  const tags = Array.isArray(d.tags)
    ? d.tags.map(str).filter((t): t is string => !!t)
    : typeof d.tags === 'string'
      ? d.tags.split(',').map((t) => t.trim()).filter(Boolean)
      : undefined;
  const date = d.date instanceof Date ? d.date.toISOString().slice(0, 10) : str(d.date);
  const provenance = str(d.provenance);
  // Fields shown as text are plain text: markup in them is reduced to its words.
  const plain = (v: unknown): string | undefined => {
    const s = str(v);
    return s === undefined ? undefined : plainText(s) || undefined;
  };
  return {
    title: plain(d.title),
    lang: str(d.lang ?? d.language),
    source: plain(d.source ?? d.agency),
    place: plain(d.place),
    date,
    url: str(d.url),
    translation_of: str(d.translation_of ?? d.translationOf),
    tags,
    original: typeof d.original === 'boolean' ? d.original : undefined,
    provenance: PROVENANCES.find((p) => p === provenance),
  };
}

/** Raw inline HTML whose content is never prose: its text is dropped, as the page importer does. */
const HIDDEN_OPEN = /^<(script|style|noscript|template|iframe|textarea|title|svg|math|object)\b[^>]*>/iu;

/** Plain text of inline tokens: emphasis, links and code spans keep only their words. */
function inlineText(tokens: readonly Token[] | undefined, fallback: string): string {
  if (!tokens) return cleanText(fallback);
  // marked gives `<script>`, its text and `</script>` as three tokens: the text between is skipped.
  let hiddenUntil: RegExp | null = null;
  const walk = (list: readonly Token[]): string => {
    let out = '';
    for (const t of list) {
      if (hiddenUntil) {
        if (t.type === 'html' && hiddenUntil.test(t.raw)) hiddenUntil = null;
        continue;
      }
      if (t.type === 'br') out += ' ';
      else if (t.type === 'html') {
        const open = HIDDEN_OPEN.exec(t.raw.trim());
        if (open && !new RegExp(`</${open[1]}\\s*>`, 'iu').test(t.raw)) hiddenUntil = new RegExp(`</${open[1]}\\s*>`, 'iu');
      } else if ('tokens' in t && Array.isArray(t.tokens) && t.tokens.length > 0) out += walk(t.tokens);
      else if (t.type === 'image') out += '';
      else if ('text' in t && typeof t.text === 'string') out += t.text;
    }
    return out;
  };
  return cleanText(decodeEntities(walk(tokens)));
}

/** marked escapes &, <, >, " and ' in text tokens; the archive keeps the characters. */
function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/gu, (_, e: string) =>
    ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e] ?? _,
  );
}

function isImagesOnly(t: Token): boolean {
  const inline = (t as Tokens.Paragraph).tokens ?? [];
  return inline.some((c) => c.type === 'image') && inline.every((c) => c.type === 'image' || (c.type === 'text' && !c.text.trim()) || c.type === 'br');
}

function tokenBlocks(tokens: readonly Token[], out: ParsedBlock[], readHtml: FragmentReader): void {
  for (const t of tokens) {
    switch (t.type) {
      case 'heading':
        out.push({ kind: (t as Tokens.Heading).depth === 1 ? 'headline' : 'heading', text: inlineText(t.tokens, t.text) });
        break;
      case 'paragraph':
      case 'text': {
        const text = inlineText(t.tokens, t.text);
        // A paragraph of images alone is their alt text: kept, but no lead.
        out.push(isImagesOnly(t) ? { kind: 'paragraph', text, aside: true } : { kind: 'paragraph', text });
        break;
      }
      case 'blockquote': {
        const inner: ParsedBlock[] = [];
        tokenBlocks((t as Tokens.Blockquote).tokens, inner, readHtml);
        for (const b of inner) out.push({ kind: 'quote', text: b.text });
        break;
      }
      case 'list':
        for (const item of (t as Tokens.List).items) tokenBlocks(item.tokens, out, readHtml);
        break;
      case 'code':
        if (t.text.trim()) out.push({ kind: 'paragraph', text: cleanText(t.text), aside: true });
        break;
      case 'html':
        out.push(...readHtml(t.text));
        break;
      case 'table': {
        // Its header is a row like the others; no row is the lead or a dateline ("Tallinn · 37").
        const table = t as Tokens.Table;
        for (const row of [table.header, ...table.rows]) {
          const text = row.map((c) => inlineText(c.tokens, c.text)).join(' · ');
          if (text) out.push({ kind: 'paragraph', text, aside: true });
        }
        break;
      }
      default:
        break; // hr, space, def: no text of their own
    }
  }
}

export function parseMarkdown(text: string): ParsedVersion {
  const match = FRONT_MATTER.exec(text);
  const front = match ? parseFrontMatter(match[1]!) : {};
  const body = match ? text.slice(match[0].length) : text.replace(/^\uFEFF/u, '');
  let tokens: Token[];
  try {
    tokens = new Lexer({ gfm: true }).lex(body);
  } catch (e) {
    throw new DiptychError('malformedFile', { format: 'Markdown' }, (e as Error).message);
  }
  const raw: ParsedBlock[] = [];
  // One document for all the note's HTML blocks, made only if it has one.
  let reader: FragmentReader | null = null;
  tokenBlocks(tokens, raw, (html) => (reader ??= fragmentReader())(html));
  const content = raw.filter((b) => b.text.length > 0);
  const firstHeadline = content.findIndex((b) => b.kind === 'headline');
  const headline = front.title ?? (firstHeadline >= 0 ? content[firstHeadline]!.text : undefined);
  if (!headline) throw new DiptychError('notAStory', { reason: 'headline' });
  if (firstHeadline >= 0 && (front.title === undefined || content[firstHeadline]!.text === front.title)) {
    content.splice(firstHeadline, 1);
  }
  const shaped = shapeStory(headline, content);
  const blocks = shaped.blocks;
  const place = front.place ?? shaped.place;
  const agency = front.source ?? shaped.agency;
  if (blocks.length < 2) throw new DiptychError('notAStory', { reason: 'empty' });
  return {
    lang: front.lang ?? null,
    headline,
    blocks,
    agency,
    place,
    publishedAt: isoDate(front.date),
    url: safeUrl(front.url),
    translationOf: front.translation_of ?? null,
    tags: front.tags ?? [],
    ...(front.original !== undefined ? { original: front.original } : {}),
    ...(front.provenance ? { provenance: front.provenance } : {}),
  };
}
