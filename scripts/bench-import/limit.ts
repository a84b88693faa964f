// The practical limit bench:import compares the importer with: the same files read and parsed by
// the libraries alone (no code of ours around them), every word analysed as the index needs it
// (by the importer's own analyzer), and raw better-sqlite3 inserts of the same rows — stories, versions, blocks and one FTS5
// document a version — into the archive's own tables, in large transactions with statements
// prepared once. Nothing is checked, deduplicated, paired or made atomic per file: no importer
// can do less and still fill the same archive.
import { Readability } from '@mozilla/readability';
import BetterSqlite3 from 'better-sqlite3';
import { XMLParser } from 'fast-xml-parser';
import { parseHTML } from 'linkedom';
import { Lexer, type Token } from 'marked';
import { closeSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { openArchive } from '../../src/main/core/db/open';
import { WordAnalyzer } from '../../src/main/core/search/analyze';
import { indexDocument } from '../../src/main/core/search/index-document';
import type { Format } from './files';

interface Block {
  kind: string;
  text: string;
}
interface Version {
  lang: string;
  blocks: Block[];
}

/* eslint-disable @typescript-eslint/no-explicit-any -- the libraries' DOM and XML are untyped */
type Any = any;

function filesUnder(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((e) => filesUnder(join(path, e)));
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const BLOCK_SELECTOR = 'h1, h2, h3, h4, h5, h6, p, blockquote, li';
const KIND: Record<string, string> = { H1: 'headline', BLOCKQUOTE: 'quote', LI: 'paragraph', P: 'paragraph' };

function domBlocks(root: Any): Block[] {
  const out: Block[] = [];
  for (const el of root.querySelectorAll(BLOCK_SELECTOR)) {
    const text = String(el.textContent ?? '').trim();
    if (text) out.push({ kind: KIND[el.tagName] ?? 'heading', text });
  }
  return out;
}

function textVersion(bytes: Uint8Array, name: string): Version {
  const lines = utf8.decode(bytes).split('\n').filter((l) => l.length > 0);
  return { lang: /\.(\w+)\.txt$/u.exec(name)?.[1] ?? 'en', blocks: lines.map((text, i) => ({ kind: i === 0 ? 'headline' : 'paragraph', text })) };
}

function htmlVersion(bytes: Uint8Array): Version {
  const { document } = parseHTML(utf8.decode(bytes));
  const lang = String(document.documentElement.getAttribute('lang') ?? 'en');
  const article = new Readability(document as Any, { charThreshold: 200, serializer: (el: Any) => el }).parse() as Any;
  return { lang, blocks: domBlocks(article.content) };
}

function markdownVersion(bytes: Uint8Array): Version {
  const text = utf8.decode(bytes);
  const end = text.indexOf('\n---\n', 4);
  const front = parseYaml(text.slice(4, end)) as { lang: string; title: string };
  const blocks: Block[] = [{ kind: 'headline', text: front.title }];
  for (const t of new Lexer({ gfm: true }).lex(text.slice(end + 5)) as Token[]) {
    if (t.type === 'heading' || t.type === 'paragraph') blocks.push({ kind: t.type, text: t.text });
  }
  return { lang: front.lang, blocks };
}

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', textNodeName: '#text', htmlEntities: true, isArray: (n) => n === 'entry' || n === 'link' });

function feedVersions(bytes: Uint8Array): Version[] {
  const feed = xml.parse(utf8.decode(bytes)).feed;
  const lang = String(feed['@_xml:lang']);
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  return (feed.entry as Any[]).map((e) => {
    document.body.innerHTML = String(e.content['#text']);
    return { lang, blocks: [{ kind: 'headline', text: String(e.title) }, ...domBlocks(document.body)] };
  });
}

function jsonVersions(text: string): Version[] {
  return (JSON.parse(text) as { versions: Version[] }).versions;
}

/** Each line of the large JSON file past the first holds one story (bench-import/files.ts). */
function* largeJsonStories(file: string): Generator<string> {
  const fd = openSync(file, 'r');
  const buffer = new Uint8Array(1 << 20);
  const decoder = new TextDecoder();
  let rest = '';
  let first = true;
  for (let n = readSync(fd, buffer); n > 0; n = readSync(fd, buffer)) {
    const lines = (rest + decoder.decode(buffer.subarray(0, n), { stream: true })).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) {
      if (first) {
        first = false;
        continue;
      }
      const story = line.replace(/,$/u, '');
      if (story.startsWith('{')) yield story;
    }
  }
  closeSync(fd);
}

/** The versions of each story. Files come two a story, in order (bench-import/files.ts). */
export function* limitStories(format: Format, paths: string[]): Generator<Version[]> {
  if (format === 'json-large') {
    for (const story of largeJsonStories(paths[0]!)) yield jsonVersions(story);
    return;
  }
  const files = paths.flatMap(filesUnder);
  if (format === 'json') {
    for (const file of files) yield jsonVersions(utf8.decode(readFileSync(file)));
    return;
  }
  for (let i = 0; i + 1 < files.length; i += 2) {
    const [a, b] = [readFileSync(files[i]!), readFileSync(files[i + 1]!)];
    if (format === 'feed') {
      const [as, bs] = [feedVersions(a), feedVersions(b)];
      for (let k = 0; k < as.length; k++) yield [as[k]!, bs[k]!];
    } else if (format === 'html') yield [htmlVersion(a), htmlVersion(b)];
    else if (format === 'markdown') yield [markdownVersion(a), markdownVersion(b)];
    else yield [textVersion(a, files[i]!), textVersion(b, files[i + 1]!)];
  }
}

/** The archive's tables and indexes, without its triggers: what any writer of these rows pays. */
function bareArchive(file: string): BetterSqlite3.Database {
  const schema = openArchive(':memory:');
  const sql = (schema.prepare("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND type IN ('table', 'index') AND name NOT LIKE 'search_fts_%' ORDER BY rowid").pluck().all() as string[]);
  schema.close();
  const db = new BetterSqlite3(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec(sql.join(';\n'));
  return db;
}

/** Stores every story as raw inserts; returns the versions stored. */
export function runLimit(format: Format, paths: string[], file: string, onStory: () => void): number {
  const db = bareArchive(file);
  const story = db.prepare("INSERT INTO stories (created_at, updated_at) VALUES ('t', 't')");
  const version = db.prepare(
    `INSERT INTO versions (story_id, lang, is_original, provenance, headline, content_hash, imported_at)
     VALUES (?, ?, 0, 'official', ?, ?, 't')`,
  );
  const block = db.prepare('INSERT INTO blocks (version_id, position, kind, text) VALUES (?, ?, ?, ?)');
  const fts = db.prepare('INSERT INTO search_fts (rowid, head, head_x, lead, lead_x, body, body_x, agency, place) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
  // The importer's own word analysis: what it costs is part of the limit, not of the excess.
  const analyzer = new WordAnalyzer();
  let versions = 0;
  let inBatch = 0;
  db.exec('BEGIN');
  for (const vs of limitStories(format, paths)) {
    const storyId = Number(story.run().lastInsertRowid);
    for (const v of vs) {
      const versionId = Number(version.run(storyId, v.lang, v.blocks[0]?.text ?? '', `h${++versions}`).lastInsertRowid);
      v.blocks.forEach((b, i) => block.run(versionId, i, b.kind === 'headline' || b.kind === 'quote' ? b.kind : 'paragraph', b.text));
      const d = indexDocument(v.blocks, { agency: null, place: null }, analyzer.forLanguage(v.lang));
      fts.run(versionId, d.head, d.head_x, d.lead, d.lead_x, d.body, d.body_x, d.agency, d.place);
    }
    onStory();
    if (++inBatch === 1000) {
      db.exec('COMMIT; BEGIN');
      inBatch = 0;
    }
  }
  db.exec('COMMIT');
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return versions;
}
