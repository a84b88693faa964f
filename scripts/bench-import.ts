// Benchmark of import: stories per second from a folder of generated files in each format
// (agency text, saved HTML pages, Markdown, one-story JSON files, Atom feeds) and from one large
// Diptych JSON file; two versions per story, search indexing and alignment included (whatever the
// version hooks do when it runs). Each run is a child process on a fresh archive file, so its peak
// memory is its own; the resident size is also sampled as the import goes, to show it stays flat.
// Prints a table; writes bench-results/import.json.
//
//   npm run bench:import                         default sizes
//   npm run bench:import -- --stories 100000     text and large JSON at 100,000 stories
//   npm run bench:import -- --formats text,json-large --stories 20000
//   npm run bench:import -- --parse-only --stories 100000   the importer alone (no database), text and large JSON
import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, readSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openArchive } from '../src/main/core/db/open';
import { expandPaths, importPaths, MAX_FILE_BYTES } from '../src/main/core/import/import-files';
import { extensionOf, formatFor, MAX_JSON_STORY_BYTES } from '../src/main/core/import/formats';
import { parseJsonStory } from '../src/main/core/import/formats/json-archive';
import { splitJsonStories } from '../src/main/core/import/formats/json-stream';
import { prepareVersions } from '../src/main/core/import/store-versions';
import { generateStories, type SyntheticVersion } from '../src/main/core/sample/synthetic';
import { jsonVersion } from '../src/main/core/export/json-export';

const FORMATS = ['text', 'json-large', 'json', 'markdown', 'html', 'feed'] as const;
type Format = (typeof FORMATS)[number];

/** Default story counts: the slower formats get smaller folders. */
const DEFAULT_STORIES: Record<Format, number> = {
  text: 20_000,
  'json-large': 20_000,
  json: 10_000,
  markdown: 10_000,
  html: 3_000,
  feed: 5_000,
};
/** With --stories N, text and the large JSON run at N and the others at most at this. */
const OTHER_FORMATS_CAP = 5_000;

interface Run {
  format: Format;
  stories: number;
  versions: number;
  files: number;
  seconds: number;
  stories_per_s: number;
  /** Reading and parsing alone (no database): the importer's own share of the time. */
  parse_stories_per_s: number;
  peak_rss_mb: number;
  /** Resident size sampled at 10 %, 50 % and 100 % of the import: flat means memory does not grow. */
  rss_mb_at: { at: string; mb: number }[];
  failed: number;
}

const esc = (s: string): string => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');
const url = (v: SyntheticVersion): string => `https://bench.example/${v.lang}/${v.groupKey}`;

function pairOf(versions: SyntheticVersion[]): [SyntheticVersion, SyntheticVersion] {
  return [versions[0]!, versions[1]!];
}

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
  return JSON.stringify({
    versions: versions.map((v) => jsonVersion({ ...v, url: url(v) })),
  });
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

/** Writes `stories` stories in `format` under `dir`; returns the paths to import and the file count. */
function generate(format: Format, stories: number, dir: string): { paths: string[]; files: number } {
  mkdirSync(dir, { recursive: true });
  let files = 0;
  if (format === 'json-large') {
    const file = join(dir, 'archive.json');
    const fd = openSync(file, 'w');
    writeSync(fd, '{"format":"diptych","version":1,"stories":[\n');
    let i = 0;
    for (const s of generateStories({ stories })) writeSync(fd, `${i++ ? ',\n' : ''}${jsonStory(pairOf(s.versions))}`);
    writeSync(fd, '\n]}\n');
    closeSync(fd);
    return { paths: [file], files: 1 };
  }
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
    const [a, b] = pairOf(s.versions);
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
    } else if (format === 'feed') {
      // Feeds hold one language each; entries pair with their translations through hreflang.
      // Per feed pair, one language pair, so every feed file is in one language.
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

/** Reads and parses every file as import does, storing nothing; returns the versions parsed. */
function parseOnly(paths: string[], onVersions: (parsed: number) => void = () => undefined): number {
  let versions = 0;
  for (const file of expandPaths(paths, () => undefined)) {
    if (extensionOf(file.name) === 'json') {
      const fd = openSync(file.name, 'r');
      const chunks = function* (): Generator<Uint8Array> {
        for (;;) {
          const buffer = new Uint8Array(1 << 20);
          const n = readSync(fd, buffer, 0, buffer.length, null);
          if (n <= 0) return;
          yield buffer.subarray(0, n);
        }
      };
      let i = 0;
      for (const text of splitJsonStories(chunks(), { maxStoryBytes: MAX_JSON_STORY_BYTES })) {
        versions += prepareVersions(file.name, parseJsonStory(text, i++), null, false).length;
        onVersions(versions);
      }
      closeSync(fd);
      continue;
    }
    if (file.size > MAX_FILE_BYTES) continue;
    const bytes = readFileSync(file.name);
    versions += prepareVersions(file.name, formatFor(file.name, bytes).parse(bytes, file.name), null).length;
    onVersions(versions);
  }
  return versions;
}

const rss = (): number => Math.round(process.memoryUsage().rss / 1024 / 1024);

/** The child in --parse-only mode: reads and parses everything, storing nothing, sampling memory. */
function parseChild(paths: string[], stories: number): void {
  const samples: { at: string; mb: number }[] = [];
  const marks = [0.1, 0.5];
  const start = performance.now();
  const versions = parseOnly(paths, (parsed) => {
    while (marks.length > 0 && parsed >= marks[0]! * stories * 2) samples.push({ at: `${Math.round(marks.shift()! * 100)}%`, mb: rss() });
  });
  const seconds = (performance.now() - start) / 1000;
  samples.push({ at: '100%', mb: rss() });
  process.stdout.write(JSON.stringify({ versions, seconds, parse_stories_per_s: Math.round(stories / seconds), peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024), rss_mb_at: samples }));
}

/** The child: imports `paths` into a fresh archive and prints its figures as JSON. */
function child(paths: string[], db: string, stories: number): void {
  const parseStart = performance.now();
  parseOnly(paths);
  const parseSeconds = (performance.now() - parseStart) / 1000;
  const archive = openArchive(db);
  const samples: { at: string; mb: number }[] = [];
  const marks = [0.1, 0.5];
  const start = performance.now();
  const report = importPaths(archive, paths, {
    // As the app runs it: the report keeps its first entries and complete counts.
    listLimit: 1000,
    onProgress: (p) => {
      const fraction = p.bytesTotal > 0 ? p.bytesDone / p.bytesTotal : 0;
      while (marks.length > 0 && fraction >= marks[0]!) samples.push({ at: `${Math.round(marks.shift()! * 100)}%`, mb: rss() });
    },
  });
  const seconds = (performance.now() - start) / 1000;
  samples.push({ at: '100%', mb: rss() });
  archive.close();
  const versions = report.counts.imported;
  const peak = Math.round(process.resourceUsage().maxRSS / 1024);
  process.stdout.write(
    JSON.stringify({ versions, seconds, stories_per_s: Math.round(stories / seconds), parse_stories_per_s: Math.round(stories / parseSeconds), peak_rss_mb: peak, rss_mb_at: samples, failed: report.counts.failed, firstFailure: report.failed[0] }),
  );
}

function main(): void {
  const { values } = parseArgs({
    options: {
      stories: { type: 'string' },
      formats: { type: 'string' },
      child: { type: 'string' },
      db: { type: 'string' },
      count: { type: 'string' },
      'parse-only': { type: 'boolean' },
    },
    allowPositionals: true,
  });
  if (values.child) {
    if (values['parse-only']) parseChild(values.child.split('\n'), Number(values.count));
    else child(values.child.split('\n'), values.db!, Number(values.count));
    return;
  }
  if (values['parse-only']) {
    parseRuns(values.formats ? (values.formats.split(',') as Format[]) : ['text', 'json-large'], Number(values.stories ?? 100_000));
    return;
  }
  const only = values.formats ? (values.formats.split(',') as Format[]) : [...FORMATS];
  const big = values.stories ? Number(values.stories) : null;
  const runs: Run[] = [];
  for (const format of only) {
    if (!FORMATS.includes(format)) throw new Error(`unknown format ${format}`);
    const stories = big === null ? DEFAULT_STORIES[format] : format === 'text' || format === 'json-large' ? big : Math.min(big, OTHER_FORMATS_CAP);
    const dir = mkdtempSync(join(tmpdir(), `diptych-bench-import-${format}-`));
    try {
      process.stderr.write(`${format}: generating ${stories} stories… `);
      const { paths, files } = generate(format, stories, join(dir, 'in'));
      process.stderr.write('importing… ');
      const out = execFileSync(
        process.execPath,
        ['--import', 'tsx', resolve(import.meta.dirname, 'bench-import.ts'), '--child', paths.join('\n'), '--db', join(dir, 'archive.db'), '--count', String(stories)],
        { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'] },
      );
      const r = JSON.parse(out) as Omit<Run, 'format' | 'stories' | 'files'> & { firstFailure?: unknown };
      if (r.failed > 0) process.stderr.write(`(${r.failed} failed, first: ${JSON.stringify(r.firstFailure)}) `);
      process.stderr.write('done\n');
      runs.push({ format, stories, versions: r.versions, files, seconds: Math.round(r.seconds * 100) / 100, stories_per_s: r.stories_per_s, parse_stories_per_s: r.parse_stories_per_s, peak_rss_mb: r.peak_rss_mb, rss_mb_at: r.rss_mb_at, failed: r.failed });
      // Written after every run, so a long benchmark that is stopped keeps what it measured.
      writeResults(runs);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  writeResults(runs);
  const header = ['format', 'stories', 'versions', 'files', 'seconds', 'stories/s', 'parse only/s', 'peak RSS MB', 'RSS at 10/50/100 %'];
  const rows = runs.map((r) => [r.format, r.stories, r.versions, r.files, r.seconds, r.stories_per_s, r.parse_stories_per_s, r.peak_rss_mb, r.rss_mb_at.map((s) => s.mb).join(' / ')].map(String));
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]): string => cells.map((c, i) => c.padStart(widths[i]!)).join('  ');
  console.log(line(header));
  for (const r of rows) console.log(line(r));
}

interface ParseRun {
  format: Format;
  stories: number;
  versions: number;
  seconds: number;
  parse_stories_per_s: number;
  peak_rss_mb: number;
  rss_mb_at: { at: string; mb: number }[];
}

/**
 * `--parse-only`: the importer's own memory over many stories, without the database (whose
 * version hooks keep caches of their own): reading and parsing every file, storing nothing.
 */
function parseRuns(formats: Format[], stories: number): void {
  const runs: ParseRun[] = [];
  for (const format of formats) {
    const dir = mkdtempSync(join(tmpdir(), `diptych-bench-parse-${format}-`));
    try {
      process.stderr.write(`${format}: generating ${stories} stories… `);
      const { paths } = generate(format, stories, join(dir, 'in'));
      process.stderr.write('parsing… ');
      const out = execFileSync(
        process.execPath,
        ['--import', 'tsx', resolve(import.meta.dirname, 'bench-import.ts'), '--child', paths.join('\n'), '--count', String(stories), '--parse-only'],
        { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
      );
      runs.push({ format, stories, ...(JSON.parse(out) as Omit<ParseRun, 'format' | 'stories'>) });
      process.stderr.write('done\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const outDir = resolve(import.meta.dirname, '../bench-results');
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, 'import.json');
  let doc: Record<string, unknown> = { runs: [] };
  try {
    doc = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch {
    // First results.
  }
  writeFileSync(file, `${JSON.stringify({ ...doc, parse_runs: runs }, null, 2)}\n`);
  for (const r of runs) console.log(`${r.format.padStart(10)}  ${r.stories} stories  ${r.parse_stories_per_s} stories/s parsed  peak ${r.peak_rss_mb} MB  RSS ${r.rss_mb_at.map((x) => x.mb).join(' / ')}`);
}

/** Writes the runs to bench-results/import.json, keeping earlier runs of formats not run now. */
function writeResults(runs: Run[]): void {
  const outDir = resolve(import.meta.dirname, '../bench-results');
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, 'import.json');
  let earlier: Run[] = [];
  try {
    earlier = (JSON.parse(readFileSync(file, 'utf8')) as { runs: Run[] }).runs ?? [];
  } catch {
    earlier = [];
  }
  const merged = [...earlier.filter((r) => !runs.some((n) => n.format === r.format)), ...runs];
  merged.sort((a, b) => FORMATS.indexOf(a.format) - FORMATS.indexOf(b.format));
  let parseRunsEarlier: unknown;
  try {
    parseRunsEarlier = (JSON.parse(readFileSync(file, 'utf8')) as { parse_runs?: unknown }).parse_runs;
  } catch {
    parseRunsEarlier = undefined;
  }
  const doc = { runs: merged, ...(parseRunsEarlier ? { parse_runs: parseRunsEarlier } : {}), machine: { cpus: 2, node: process.version }, date: new Date().toISOString() };
  writeFileSync(file, `${JSON.stringify(doc, null, 2)}\n`);
}

main();
