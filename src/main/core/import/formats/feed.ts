// RSS 2.0 and Atom feeds saved as files: every item is a story version. The full content
// (content:encoded, Atom <content>) is preferred over the summary; the feed's language and the
// items' dates come along. Entity declarations are refused before parsing (billion laughs,
// external entities): a news feed never needs them.
import { XMLParser } from 'fast-xml-parser';
import { DiptychError } from '../../../../shared/errors';
import type { ParsedBlock, ParsedVersion } from '../parsed';
import { isoDate } from './dates';
import { cleanText, fragmentReader, type FragmentReader } from './html-blocks';
import { safeUrl } from './html-page';
import { shapeStory } from './story-shape';

/* eslint-disable @typescript-eslint/no-explicit-any -- parsed XML is untyped until checked here */
type Node = any;

/** Refuses DTD entity declarations and external references; the rest of a DOCTYPE is ignored. */
export function assertSafeXml(xml: string): void {
  const head = xml.slice(0, 200_000);
  const doctype = /<!DOCTYPE/iu.exec(head);
  if (/<!ENTITY/iu.test(xml)) throw new DiptychError('unsafeXml');
  if (doctype) {
    const rest = head.slice(doctype.index);
    const end = rest.indexOf('>');
    const decl = end >= 0 ? rest.slice(0, end) : rest;
    // An internal subset or a SYSTEM/PUBLIC identifier would ask the parser to fetch or expand.
    if (decl.includes('[') || /\b(SYSTEM|PUBLIC)\b/u.test(decl)) throw new DiptychError('unsafeXml');
  }
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: true,
  // Atom content keeps its markup as written; it is decoded below and only its text is kept.
  stopNodes: ['feed.entry.content', 'feed.entry.summary'],
  isArray: (name) => ['item', 'entry', 'link', 'category'].includes(name),
});

export function isFeed(text: string): boolean {
  return /<(rss|feed|rdf:RDF)[\s>]/u.test(text.slice(0, 4096));
}

export function parseFeed(xml: string): ParsedVersion[] {
  assertSafeXml(xml);
  let doc: Node;
  try {
    doc = parser.parse(xml, true);
  } catch (e) {
    throw new DiptychError('malformedFile', { format: 'XML' }, (e as Error).message);
  }
  const toBlocks = fragmentReader();
  if (doc?.rss?.channel) return rssItems(doc.rss.channel, doc.rss.channel.language, toBlocks);
  if (doc?.['rdf:RDF']) return rssItems(doc['rdf:RDF'], doc['rdf:RDF'].channel?.['dc:language'], toBlocks);
  if (doc?.feed) return atomEntries(doc.feed, toBlocks);
  throw new DiptychError('notAStory', { reason: 'feed' });
}

/** Text of an element that may carry attributes (`{ '#text': …, '@_type': … }`). */
function textOf(node: Node): string {
  if (node === undefined || node === null) return '';
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return textOf(node[0]);
  if (typeof node === 'object' && '#text' in node) return String(node['#text']);
  return '';
}

const XML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decodes the XML escaping of a stop node's raw text (and unwraps CDATA). */
function unescapeXml(raw: string): string {
  return raw
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/gu, (_, inner: string) => inner.replace(/&/gu, '&amp;'))
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (m, e: string) => {
      if (e[0] === '#') {
        const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
      }
      return XML_ENTITIES[e.toLowerCase()] ?? m;
    });
}

function textBlocks(text: string): ParsedBlock[] {
  return text
    .split(/\n\s*\n|\r\n\s*\r\n/u)
    .map(cleanText)
    .filter(Boolean)
    .map((t) => ({ kind: 'paragraph' as const, text: t }));
}

function categories(item: Node): string[] {
  return ((item.category ?? []) as Node[])
    .map((c) => cleanText(textOf(c) || String(c?.['@_term'] ?? '')))
    .filter(Boolean);
}

function rssItems(channel: Node, feedLang: Node, toBlocks: FragmentReader): ParsedVersion[] {
  const lang = cleanText(textOf(feedLang)) || null;
  const agency = cleanText(textOf(channel.title)) || null;
  const items = (channel.item ?? []) as Node[];
  return items.flatMap((item) => {
    const title = cleanText(htmlText(textOf(item.title), toBlocks));
    const html = textOf(item['content:encoded']) || textOf(item.description);
    if (!title) return [];
    const content = html ? toBlocks(html) : [];
    const link = safeUrl(textOf(item.link)) ?? safeUrl(textOf(item.guid));
    const shaped = shapeStory(title, content);
    const creator = cleanText(textOf(item['dc:creator']));
    return [{
      lang: cleanText(textOf(item['dc:language'])) || null,
      containerLang: lang,
      headline: title,
      blocks: shaped.blocks,
      agency: shaped.agency ?? agency ?? (creator || null),
      place: shaped.place,
      publishedAt: isoDate(textOf(item.pubDate) || textOf(item['dc:date'])),
      url: link,
      tags: categories(item),
    } satisfies ParsedVersion];
  });
}

/** Titles may hold escaped markup (`type="html"`); only their text is kept. */
function htmlText(text: string, toBlocks: FragmentReader): string {
  return /[<&]/u.test(text) ? toBlocks(text).map((b) => b.text).join(' ') : text;
}

function atomLinks(entry: Node): { self: string | null; alternates: { lang: string; url: string }[] } {
  let self: string | null = null;
  const alternates: { lang: string; url: string }[] = [];
  for (const l of (entry.link ?? []) as Node[]) {
    const rel = String(l?.['@_rel'] ?? 'alternate');
    const url = safeUrl(l?.['@_href']);
    if (!url || rel !== 'alternate') continue;
    if (l['@_hreflang'] && self) alternates.push({ lang: String(l['@_hreflang']), url });
    else if (!self) self = url;
    else if (l['@_hreflang']) alternates.push({ lang: String(l['@_hreflang']), url });
  }
  return { self, alternates };
}

function atomContent(node: Node, toBlocks: FragmentReader): ParsedBlock[] {
  if (node === undefined) return [];
  const type = String(node?.['@_type'] ?? 'text').toLowerCase();
  const raw = textOf(node);
  if (type === 'xhtml') return toBlocks(raw);
  const decoded = unescapeXml(raw);
  return type === 'html' || type === 'text/html' ? toBlocks(decoded) : textBlocks(decoded);
}

function atomEntries(feed: Node, toBlocks: FragmentReader): ParsedVersion[] {
  const lang = cleanText(String(feed['@_xml:lang'] ?? '')) || null;
  const agency = cleanText(textOf(feed.title)) || null;
  return ((feed.entry ?? []) as Node[]).flatMap((entry) => {
    const title = cleanText(htmlText(textOf(entry.title), toBlocks));
    if (!title) return [];
    const content = atomContent(entry.content !== undefined ? entry.content : entry.summary, toBlocks);
    const { self, alternates } = atomLinks(entry);
    const shaped = shapeStory(title, content);
    const author = cleanText(textOf(entry.author?.name));
    return [{
      lang: cleanText(String(entry['@_xml:lang'] ?? '')) || null,
      containerLang: lang,
      headline: title,
      blocks: shaped.blocks,
      agency: shaped.agency ?? agency ?? (author || null),
      place: shaped.place,
      publishedAt: isoDate(textOf(entry.published) || textOf(entry.updated)),
      url: self ?? safeUrl(textOf(entry.id)),
      alternates,
      tags: categories(entry),
    } satisfies ParsedVersion];
  });
}
