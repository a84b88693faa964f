// Web pages saved from a browser: the page is parsed once, the article found in it with Mozilla's
// Readability (what Firefox's Reader View uses) and walked into blocks, keeping only text; the
// page's own metadata (language, Open Graph, publication time, canonical URL, hreflang alternates)
// comes along.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { DiptychError } from '../../../../shared/errors';
import type { ParsedBlock, ParsedVersion } from '../parsed';
import { parseDateline } from './agency-text';
import { shapeStory } from './story-shape';
import { cleanText, elementBlocks, plainText, textOf } from './html-blocks';
import { isoDate } from './dates';

/* eslint-disable @typescript-eslint/no-explicit-any -- linkedom's DOM is typed for the browser lib */
type Doc = any;

/** A candidate headline: its text, its mark (to find it in Readability's content), where it stood. */
interface Heading {
  text: string;
  mark: string;
  inArticle: boolean;
}

export interface PageMeta {
  lang: string | null;
  /** og:title (or twitter:title), as plain text. */
  title: string | null;
  /** The page's <title>, with a " | Site" or " — Site" suffix removed. */
  docTitle: string | null;
  /** The page's <h1>s that could be the article's headline (a logo's left out), before Readability. */
  h1s: Heading[];
  siteName: string | null;
  publishedAt: string | null;
  url: string | null;
  alternates: { lang: string; url: string }[];
  description: string | null;
  /** A "Place • Agency" line the page marks as its dateline, or the first one near the top. */
  dateline: string | null;
}

/** A page's <meta> values by name (property, name or itemprop, lower case), in page order. */
type MetaValues = Map<string, string[]>;

/** Every <meta>'s value by name (each lookup walking the page again cost it 20 walks). */
function metaValues(metas: readonly Doc[]): MetaValues {
  const values: MetaValues = new Map();
  for (const el of metas) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').toLowerCase();
    const content = el.getAttribute('content');
    if (!key || !content || !content.trim()) continue;
    const list = values.get(key);
    if (list) list.push(content);
    else values.set(key, [content]);
  }
  return values;
}

/** The first of `names` the page gives a value with text, as plain text. */
function meta(values: MetaValues, ...names: string[]): string | null {
  for (const name of names) {
    for (const content of values.get(name) ?? []) {
      const text = plainText(content);
      if (text) return text;
    }
  }
  return null;
}

/** Only web addresses are kept: a `javascript:` or `data:` "URL" is nobody's canonical. */
export function safeUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  try {
    const url = new URL(raw.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The elements the page's metadata is read from, in page order. */
interface PageElements {
  metas: Doc[];
  links: Doc[];
  /** The first <title>, the first <time datetime>. */
  title: Doc | null;
  time: Doc | null;
  h1s: Doc[];
  /** The first element of class `dateline` or itemprop `dateline`, and the first six <p>s. */
  dateline: Doc | null;
  paragraphs: Doc[];
}

const hasClass = (el: Doc, name: string): boolean => String(el.getAttribute('class') ?? '').split(/\s+/u).includes(name);

/** Every element metadata is read from, found in one walk of the page: a selector each walked it
 *  whole, and those walks cost a page as much as parsing it. (A stack, not recursion: a hostile page
 *  may nest elements thousands deep.) */
function pageElements(doc: Doc): PageElements {
  const found: PageElements = { metas: [], links: [], title: null, time: null, h1s: [], dateline: null, paragraphs: [] };
  const stack: Doc[] = doc.documentElement ? [doc.documentElement] : [];
  while (stack.length > 0) {
    const el = stack.pop();
    const tag = el.tagName;
    if (tag === 'META') found.metas.push(el);
    else if (tag === 'LINK') found.links.push(el);
    else if (tag === 'TITLE') found.title ??= el;
    else if (tag === 'TIME' && found.time === null && el.hasAttribute('datetime')) found.time = el;
    else if (tag === 'H1') found.h1s.push(el);
    else if (tag === 'P' && found.paragraphs.length < 6) found.paragraphs.push(el);
    if (found.dateline === null && (el.getAttribute('itemprop') === 'dateline' || hasClass(el, 'dateline'))) found.dateline = el;
    const children = el.children;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return found;
}

export function pageMeta(doc: Doc): PageMeta {
  const found = pageElements(doc);
  const metas = metaValues(found.metas);
  const links = found.links;
  const rel = (el: Doc): string[] => String(el.getAttribute('rel') ?? '').toLowerCase().split(/\s+/u);
  const canonical = links.find((l) => rel(l).includes('canonical'))?.getAttribute('href');
  const alternates: { lang: string; url: string }[] = [];
  for (const l of links) {
    const hreflang = l.getAttribute('hreflang');
    const url = safeUrl(l.getAttribute('href'));
    if (rel(l).includes('alternate') && hreflang && url && hreflang.toLowerCase() !== 'x-default') {
      alternates.push({ lang: hreflang, url });
    }
  }
  // og:locale always carries a region (many sites leave the default en_US): its language is enough.
  const ogLocale = meta(metas, 'og:locale')?.split(/[_-]/u)[0] ?? null;
  const siteName = meta(metas, 'og:site_name', 'application-name', 'publisher');
  const ogTitle = meta(metas, 'og:title', 'twitter:title', 'headline');
  return {
    lang: doc.documentElement?.getAttribute('lang')?.trim() || meta(metas, 'content-language', 'language') || ogLocale,
    title: ogTitle,
    docTitle: withoutSiteSuffix(cleanText(found.title?.textContent ?? ''), siteName),
    h1s: headlineElements(found.h1s, siteName),
    siteName,
    publishedAt: isoDate(meta(metas, 'article:published_time', 'datepublished', 'date', 'dc.date', 'pubdate')
      ?? found.time?.getAttribute('datetime')),
    url: safeUrl(canonical) ?? safeUrl(meta(metas, 'og:url')),
    alternates,
    description: meta(metas, 'og:description', 'description'),
    dateline: findDateline(found),
  };
}

/** Class or id words of a site's notices about cookies and consent, saved with every page. */
const NOTICE_NAME = /(?:^|[\s_-])(?:cookies?|consent|gdpr|cmp)(?:$|[\s_-])/iu;
/** Longer than this, an element so named may hold the article itself (`<body class="cookies-shown">`). */
const NOTICE_MAX_CHARS = 800;
const NEVER_NOTICES = new Set(['HTML', 'BODY', 'ARTICLE', 'MAIN']);

/** Takes out the page's cookie and consent notices: text saved beside the article, never of it. */
function removeConsentNotices(doc: Doc): void {
  for (const el of [...doc.querySelectorAll('[class], [id]')]) {
    if (NEVER_NOTICES.has(el.tagName)) continue;
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (NOTICE_NAME.test(names) && String(el.textContent ?? '').length <= NOTICE_MAX_CHARS) el.remove();
  }
}

function withoutNotices(doc: Doc): Doc {
  removeConsentNotices(doc);
  return doc;
}

/** Parses one saved page. */
export function parseHtmlPage(html: string): ParsedVersion {
  const { document } = parseHTML(html);
  if (!document.documentElement || !document.body) throw new DiptychError('notAStory', { reason: 'html' });
  const info = pageMeta(document);
  removeConsentNotices(document);
  // Readability rewrites the document it reads (metadata was taken above) and hands back the
  // article's element itself, walked as it is: the page is parsed once.
  let article: { title?: string | null; content?: Doc } | null = null;
  try {
    article = new Readability(document as any, { keepClasses: true, charThreshold: 200, serializer: (el: Doc) => el }).parse();
  } catch {
    article = null;
  }
  const content: ParsedBlock[] = article?.content ? elementBlocks(article.content) : elementBlocks(withoutNotices(parseHTML(html).document).body);
  const readabilityTitle = article?.title ? plainText(article.title) : null;
  const headline = chooseHeadline(info, readabilityTitle, article?.content ?? null, content);
  if (!headline) throw new DiptychError('notAStory', { reason: 'headline' });
  const shaped = shapeStory(headline, content, info.dateline);
  const blocks = shaped.blocks;
  const place = shaped.place;
  const agency = shaped.agency ?? info.siteName;
  if (blocks.length < 2) throw new DiptychError('notAStory', { reason: 'empty' });
  return {
    lang: info.lang,
    headline,
    blocks,
    agency,
    place,
    publishedAt: info.publishedAt,
    url: info.url,
    alternates: info.alternates,
  };
}

function findDateline(found: PageElements): string | null {
  const candidates = found.dateline ? [found.dateline] : found.paragraphs;
  for (const el of candidates) {
    const text = cleanText(el.textContent ?? '');
    if (text.length < 80 && parseDateline(text)) return text;
  }
  return null;
}

const SUFFIX = /^(.+)\s+[|\u2013\u2014\u00B7\u2022»-]\s+(.+?)$/u;
const PREFIX = /^(.+?)\s+[|\u2013\u2014\u00B7\u2022»-]\s+(.+)$/u;
const same = (a: string, b: string): boolean => a.localeCompare(b, undefined, { sensitivity: 'base' }) === 0;
const words = (s: string): number => s.split(/\s+/u).length;

/**
 * "Headline | Site", "Headline — Site", "Site | Headline": the site's part goes when it is the
 * declared site name or (no name given) when it is short and what stays is still a headline.
 */
export function withoutSiteSuffix(title: string, siteName: string | null): string | null {
  if (!title) return null;
  const suffix = SUFFIX.exec(title);
  const prefix = PREFIX.exec(title);
  if (siteName) {
    if (suffix && same(suffix[2]!, siteName)) return suffix[1]!;
    if (prefix && same(prefix[1]!, siteName)) return prefix[2]!;
  }
  if (suffix && words(suffix[2]!) <= 4 && words(suffix[1]!) >= 3) return suffix[1]!;
  return title;
}

/** Marks the page's candidate headlines, so they can be found again in what Readability keeps. */
const H1_MARK = 'data-diptych-h1';

/** The text of a heading: what a reader sees (entities decoded once, by the parser), or null. */
function headingText(el: Doc, siteName: string | null): string | null {
  const text = textOf(el);
  // A logo in an <h1> ("ERR News") is the site, not the article.
  if (!text || (siteName && same(text, siteName)) || text.length > 300) return null;
  return text;
}

function headlineElements(h1s: readonly Doc[], siteName: string | null): Heading[] {
  const headings: Heading[] = [];
  const marked: Heading[] = [];
  for (const el of h1s) {
    const text = headingText(el, siteName);
    if (text === null) continue;
    const mark = String(headings.length + marked.length);
    el.setAttribute(H1_MARK, mark);
    const h = { text, mark, inArticle: el.matches('h1[itemprop="headline"], article h1, main h1, [role="main"] h1') };
    if (el.getAttribute('itemprop') === 'headline') marked.push(h);
    else headings.push(h);
  }
  return [...marked, ...headings];
}

/** Letters and digits only, lower case: how two spellings of one headline are compared. */
const key = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * How well a headline agrees with the page's titles (og:title, the <title> without its site's
 * part): 2 when it is one of them, 1 when one holds the other (a title around a site's name).
 */
function agreement(h1: string, titles: readonly (string | null)[]): number {
  const a = key(h1);
  let best = 0;
  for (const title of titles) {
    const b = title ? key(title) : '';
    if (!a || !b) continue;
    if (a === b) return 2;
    if ((words(h1) >= 3 && b.includes(a)) || (words(title!) >= 3 && a.includes(b))) best = 1;
  }
  return best;
}

/**
 * The article's own <h1>, on pages that also carry a section's or a site's ("Health Center",
 * "Minecraft News"): the one that agrees best with og:title or the <title>, else the one inside the
 * content Readability chose, else the one marked itemprop=headline or inside <article>/<main>,
 * else the page's only one.
 */
function articleH1(info: PageMeta, content: Doc | null): string | null {
  const titles = [info.title, info.docTitle];
  const scores = info.h1s.map((h) => agreement(h.text, titles));
  const best = Math.max(0, ...scores);
  if (best > 0) return info.h1s[scores.indexOf(best)]!.text;
  if (content) {
    const kept = new Set(([...content.querySelectorAll(`[${H1_MARK}]`)] as Doc[]).map((el) => el.getAttribute(H1_MARK)));
    const inContent = info.h1s.find((h) => kept.has(h.mark));
    if (inContent) return inContent.text;
  }
  const inArticle = info.h1s.find((h) => h.inArticle);
  if (inArticle) return inArticle.text;
  return info.h1s.length === 1 ? info.h1s[0]!.text : null;
}

/**
 * The article's <h1> is what its readers see as the headline; og:title is what the site wrote
 * for sharing; Readability's title and the <title> (without its site suffix) come after.
 */
function chooseHeadline(info: PageMeta, readabilityTitle: string | null, article: Doc | null, content: readonly ParsedBlock[]): string {
  const firstHeading = content.find((b) => b.kind === 'heading')?.text ?? null;
  const candidates = [articleH1(info, article), info.title, readabilityTitle ? withoutSiteSuffix(readabilityTitle, info.siteName) : null, info.docTitle, firstHeading];
  return cleanText(candidates.find((c) => c && c.trim()) ?? '');
}
