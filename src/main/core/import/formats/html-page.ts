// Web pages saved from a browser: the article is found with Mozilla's Readability (what
// Firefox's Reader View uses), sanitized, and turned into blocks; the page's own metadata
// (language, Open Graph, publication time, canonical URL, hreflang alternates) comes along.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { DiptychError } from '../../../../shared/errors';
import type { ParsedBlock, ParsedVersion } from '../parsed';
import { parseDateline } from './agency-text';
import { shapeStory } from './story-shape';
import { cleanText, htmlToBlocks } from './html-blocks';
import { isoDate } from './dates';

/* eslint-disable @typescript-eslint/no-explicit-any -- linkedom's DOM is typed for the browser lib */
type Doc = any;

export interface PageMeta {
  lang: string | null;
  title: string | null;
  siteName: string | null;
  publishedAt: string | null;
  url: string | null;
  alternates: { lang: string; url: string }[];
  description: string | null;
  /** A "Place • Agency" line the page marks as its dateline, or the first one near the top. */
  dateline: string | null;
}

function meta(doc: Doc, ...names: string[]): string | null {
  for (const name of names) {
    for (const el of doc.querySelectorAll('meta')) {
      const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').toLowerCase();
      const content = el.getAttribute('content');
      if (key === name && content && content.trim()) return cleanText(content);
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

export function pageMeta(doc: Doc): PageMeta {
  const links = [...doc.querySelectorAll('link')] as Doc[];
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
  const ogLocale = meta(doc, 'og:locale')?.split(/[_-]/u)[0] ?? null;
  return {
    lang: doc.documentElement?.getAttribute('lang')?.trim() || meta(doc, 'content-language', 'language') || ogLocale,
    title: meta(doc, 'og:title', 'twitter:title', 'headline') ?? (cleanText(doc.querySelector('title')?.textContent ?? '') || null),
    siteName: meta(doc, 'og:site_name', 'application-name', 'publisher'),
    publishedAt: isoDate(meta(doc, 'article:published_time', 'datepublished', 'date', 'dc.date', 'pubdate')
      ?? doc.querySelector('time[datetime]')?.getAttribute('datetime')),
    url: safeUrl(canonical) ?? safeUrl(meta(doc, 'og:url')),
    alternates,
    description: meta(doc, 'og:description', 'description'),
    dateline: findDateline(doc),
  };
}

/** Parses one saved page. */
export function parseHtmlPage(html: string): ParsedVersion {
  const { document } = parseHTML(html);
  if (!document.documentElement || !document.body) throw new DiptychError('notAStory', { reason: 'html' });
  const info = pageMeta(document);
  // Readability rewrites the document it reads; metadata was taken above.
  let article: { title?: string | null; content?: string | null; byline?: string | null } | null = null;
  try {
    article = new Readability(document as any, { keepClasses: true, charThreshold: 200 }).parse();
  } catch {
    article = null;
  }
  const content: ParsedBlock[] = article?.content
    ? htmlToBlocks(article.content)
    : htmlToBlocks(String(parseHTML(html).document.body?.innerHTML ?? ''));
  const h1 = content.find((b) => b.kind === 'heading');
  const headline = cleanText(info.title ?? article?.title ?? h1?.text ?? '');
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

function findDateline(doc: Doc): string | null {
  const marked = doc.querySelector('.dateline, [itemprop="dateline"]');
  const candidates = marked ? [marked] : [...doc.querySelectorAll('p')].slice(0, 6);
  for (const el of candidates) {
    const text = cleanText(el.textContent ?? '');
    if (text.length < 80 && parseDateline(text)) return text;
  }
  return null;
}
