// Web pages saved from a browser: the article is found with Mozilla's Readability (what
// Firefox's Reader View uses), sanitized, and turned into blocks; the page's own metadata
// (language, Open Graph, publication time, canonical URL, hreflang alternates) comes along.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { DiptychError } from '../../../../shared/errors';
import type { ParsedBlock, ParsedVersion } from '../parsed';
import { parseDateline } from './agency-text';
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
  const ogLocale = meta(doc, 'og:locale')?.replace(/_/gu, '-') ?? null;
  return {
    lang: doc.documentElement?.getAttribute('lang')?.trim() || meta(doc, 'content-language', 'language') || ogLocale,
    title: meta(doc, 'og:title', 'twitter:title', 'headline') ?? (cleanText(doc.querySelector('title')?.textContent ?? '') || null),
    siteName: meta(doc, 'og:site_name', 'application-name', 'publisher'),
    publishedAt: isoDate(meta(doc, 'article:published_time', 'datepublished', 'date', 'dc.date', 'pubdate')
      ?? doc.querySelector('time[datetime]')?.getAttribute('datetime')),
    url: safeUrl(canonical) ?? safeUrl(meta(doc, 'og:url')),
    alternates,
    description: meta(doc, 'og:description', 'description'),
  };
}

const sameText = (a: string, b: string): boolean =>
  a.localeCompare(b, undefined, { sensitivity: 'base' }) === 0;

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
  let content: ParsedBlock[] = article?.content
    ? htmlToBlocks(article.content)
    : htmlToBlocks(String(parseHTML(html).document.body?.innerHTML ?? ''));
  const h1 = content.find((b) => b.kind === 'heading');
  const headline = cleanText(info.title ?? article?.title ?? h1?.text ?? '');
  if (!headline) throw new DiptychError('notAStory', { reason: 'headline' });
  // The headline is its own block; a repeat of it at the top of the content is dropped.
  content = content.filter((b, i) => !(i < 3 && b.kind === 'heading' && sameText(b.text, headline)));

  let place: string | null = null;
  let agency: string | null = info.siteName;
  const blocks: ParsedBlock[] = [{ kind: 'headline', text: headline }];
  let leadSeen = false;
  content.forEach((b, i) => {
    if (i < 3 && !place && (b.kind === 'dateline' || b.kind === 'paragraph')) {
      const dateline = parseDateline(b.text);
      if (dateline) {
        place = dateline.place;
        agency = dateline.agency;
        blocks.push({ kind: 'dateline', text: b.text });
        return;
      }
    }
    if (b.kind === 'dateline') {
      blocks.push(b);
      return;
    }
    if (!leadSeen && (b.kind === 'lead' || b.kind === 'paragraph')) {
      leadSeen = true;
      blocks.push({ kind: 'lead', text: b.text });
      return;
    }
    blocks.push(b.kind === 'lead' ? { kind: 'paragraph', text: b.text } : b);
  });
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
