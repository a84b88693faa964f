// The files bench:import reads: every import format, generated from the synthetic archive (two
// versions a story), so that each format carries the same stories and words.
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { jsonVersion } from '../../src/main/core/export/json-export';
import { generateStories, type SyntheticVersion } from '../synthetic/synthetic';

export const FORMATS = ['text', 'json-large', 'json', 'markdown', 'html', 'feed'] as const;
export type Format = (typeof FORMATS)[number];

const esc = (s: string): string => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');
const url = (v: SyntheticVersion): string => `https://bench.example/${v.lang}/${v.groupKey}`;

function htmlPage(v: SyntheticVersion, other: SyntheticVersion): string {
  const body = v.blocks
    .slice(1)
    .map((b) => (b.kind === 'heading' ? `<h2>${esc(b.text)}</h2>` : b.kind === 'dateline' ? `<p class="dateline">${esc(b.text)}</p>` : `<p>${esc(b.text)}</p>`))
    .join('\n');
  return `<!doctype html><html lang="${v.lang}"><head><meta charset="utf-8"><title>${esc(v.headline)}</title>
<meta property="og:title" content="${esc(v.headline)}"><meta property="og:site_name" content="${esc(v.agency)}">
<meta property="article:published_time" content="${v.publishedAt}"><link rel="canonical" href="${url(v)}">
<link rel="alternate" hreflang="${other.lang}" href="${url(other)}"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>${esc(v.headline)}</h1>
${body}</article><footer>© Bench</footer></body></html>`;
}

function markdown(v: SyntheticVersion): string {
  const body = v.blocks
    .slice(1)
    .map((b) => (b.kind === 'heading' ? `## ${b.text}` : b.text))
    .join('\n\n');
  return `---\ntitle: ${JSON.stringify(v.headline)}\nlang: ${v.lang}\nsource: ${JSON.stringify(v.agency)}\nplace: ${JSON.stringify(v.place)}\ndate: ${v.publishedAt}\nurl: ${url(v)}\n---\n\n${body}\n`;
}

function jsonStory(versions: SyntheticVersion[]): string {
  return JSON.stringify({ versions: versions.map((v) => jsonVersion({ ...v, url: url(v) })) });
}

function atomEntry(v: SyntheticVersion, other: SyntheticVersion): string {
  const content = v.blocks
    .slice(1)
    .map((b) => (b.kind === 'heading' ? `<h2>${esc(b.text)}</h2>` : `<p>${esc(b.text)}</p>`))
    .join('');
  return `<entry><title>${esc(v.headline)}</title><id>${url(v)}</id><link rel="alternate" href="${url(v)}"/>
<link rel="alternate" hreflang="${other.lang}" href="${url(other)}"/><published>${v.publishedAt}</published>
<content type="html">${esc(content)}</content></entry>`;
}

/** The large JSON file holds one story a line, so the limit can split it without a parser of ours. */
function writeLargeJson(stories: number, dir: string): string {
  const file = join(dir, 'archive.json');
  const fd = openSync(file, 'w');
  writeSync(fd, '{"format":"diptych","version":1,"stories":[\n');
  let i = 0;
  for (const s of generateStories({ stories })) writeSync(fd, `${i++ ? ',\n' : ''}${jsonStory(s.versions.slice(0, 2))}`);
  writeSync(fd, '\n]}\n');
  closeSync(fd);
  return file;
}

/** Writes `stories` stories in `format` under `dir`; returns the paths to import and the file count. */
export function generateFiles(format: Format, stories: number, dir: string): { paths: string[]; files: number } {
  mkdirSync(dir, { recursive: true });
  if (format === 'json-large') return { paths: [writeLargeJson(stories, dir)], files: 1 };
  let files = 0;
  const feedSize = 50;
  let feed: { a: string[]; b: string[]; langs: [string, string] } | null = null;
  const flushFeed = (n: number): void => {
    if (!feed) return;
    for (const [side, lang] of [['a', feed.langs[0]], ['b', feed.langs[1]]] as const) {
      writeFileSync(join(dir, `feed-${n}-${side}.atom`), `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}"><title>Bench Wire</title>${feed[side].join('\n')}</feed>\n`);
      files++;
    }
    feed = null;
  };
  let i = 0;
  for (const s of generateStories({ stories })) {
    const [a, b] = [s.versions[0]!, s.versions[1]!];
    const sub = join(dir, String(Math.floor(i / 1000)).padStart(3, '0'));
    if (i % 1000 === 0) mkdirSync(sub, { recursive: true });
    const name = `story-${i}`;
    if (format === 'text') {
      for (const v of [a, b]) writeFileSync(join(sub, `${name}.${v.lang}.txt`), `${v.blocks.map((x) => x.text).join('\n')}\n`);
      files += 2;
    } else if (format === 'markdown') {
      for (const v of [a, b]) writeFileSync(join(sub, `${name}.${v.lang}.md`), markdown(v));
      files += 2;
    } else if (format === 'html') {
      // Pages pair by their hreflang links, not by file name.
      writeFileSync(join(sub, `${name}-a.html`), htmlPage(a, b));
      writeFileSync(join(sub, `${name}-b.html`), htmlPage(b, a));
      files += 2;
    } else if (format === 'json') {
      writeFileSync(join(sub, `${name}.json`), jsonStory([a, b]));
      files += 1;
    } else {
      // Feeds hold one language each; entries pair with their translations through hreflang.
      if (feed && (feed.a.length >= feedSize || feed.langs[0] !== a.lang || feed.langs[1] !== b.lang)) flushFeed(i);
      feed ??= { a: [], b: [], langs: [a.lang, b.lang] };
      feed.a.push(atomEntry(a, b));
      feed.b.push(atomEntry(b, a));
    }
    i++;
  }
  flushFeed(i);
  return { paths: [dir], files };
}
