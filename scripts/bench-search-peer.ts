// The peer of bench-search.ts, run in its own process so its memory is its own: the same corpus
// and queries through MiniSearch, the in-memory engine Electron apps commonly use instead of
// SQLite FTS. Prints one JSON document on stdout. What MiniSearch cannot express is approximated
// and said so: a phrase becomes all its words, and it has no transliteration or stemming.
import { parseArgs } from 'node:util';
import MiniSearch from 'minisearch';
import { openArchive } from '../src/main/core/db/open';

export interface PeerQuery {
  label: string;
  text: string;
  prefix?: boolean;
  lang?: string;
  after?: string;
}

interface Doc {
  id: number;
  story: number;
  lang: string;
  agency: string;
  day: string;
  headline: string;
  lead: string;
  body: string;
}

const { values } = parseArgs({ options: { db: { type: 'string' }, queries: { type: 'string' }, runs: { type: 'string' } } });
const queries = JSON.parse(values.queries ?? '[]') as PeerQuery[];
const runs = Number(values.runs ?? 10);
const db = openArchive(values.db as string, { readonly: true });

const rssBefore = process.memoryUsage().rss;
const started = performance.now();
const versions = db
  .prepare('SELECT id, story_id, lang, agency, published_at FROM versions ORDER BY id')
  .raw()
  .all() as [number, number, string, string | null, string | null][];
const blocks = db.prepare('SELECT kind, text FROM blocks WHERE version_id = ? ORDER BY position').raw();
const texts = new Map<number, string>();
const ms = new MiniSearch<Doc>({
  fields: ['headline', 'lead', 'body'],
  storeFields: ['story', 'lang', 'agency', 'day'],
  searchOptions: { boost: { headline: 3, lead: 2 }, combineWith: 'AND' },
});
let batch: Doc[] = [];
for (const [id, story, lang, agency, published] of versions) {
  const rows = blocks.all(id) as [string, string][];
  const headline = rows.filter(([k]) => k === 'headline').map(([, t]) => t).join(' ');
  const lead = rows.filter(([k]) => k === 'lead').map(([, t]) => t).join(' ');
  const body = rows.filter(([k]) => k !== 'headline' && k !== 'lead').map(([, t]) => t).join('\n');
  // An app built on MiniSearch keeps the text at hand for snippets.
  texts.set(id, `${headline}\n${lead}\n${body}`);
  batch.push({ id, story, lang, agency: agency ?? '', day: published?.slice(0, 10) ?? '', headline, lead, body });
  if (batch.length === 2000) {
    ms.addAll(batch);
    batch = [];
  }
}
ms.addAll(batch);
const buildS = (performance.now() - started) / 1000;
global.gc?.();
const rssMb = (process.memoryUsage().rss - rssBefore) / 2 ** 20;

function runQuery(q: PeerQuery): number {
  const results = ms.search(q.text, {
    prefix: q.prefix ?? false,
    filter: (r) => (!q.lang || r.lang === q.lang) && (!q.after || (r.day as string) >= q.after),
  });
  // Group by story, count facets, take the first 50 stories and cut a snippet for each.
  const stories = new Map<number, { score: number; id: number }>();
  const lang = new Map<string, number>();
  const agency = new Map<string, number>();
  const year = new Map<string, number>();
  for (const r of results) {
    const s = stories.get(r.story as number);
    if (!s || r.score > s.score) stories.set(r.story as number, { score: r.score, id: r.id as number });
    lang.set(r.lang as string, (lang.get(r.lang as string) ?? 0) + 1);
    agency.set(r.agency as string, (agency.get(r.agency as string) ?? 0) + 1);
    const y = (r.day as string).slice(0, 4);
    year.set(y, (year.get(y) ?? 0) + 1);
  }
  const top = [...stories.values()].sort((a, b) => b.score - a.score).slice(0, 50);
  const needle = q.text.split(/\s+/u)[0]?.toLowerCase() ?? '';
  for (const t of top) {
    const text = texts.get(t.id) ?? '';
    const at = Math.max(0, text.toLowerCase().indexOf(needle));
    void text.slice(Math.max(0, at - 80), at + 160);
  }
  return stories.size;
}

const perQuery = queries.map((q) => ({ label: q.label, total: runQuery(q), samples: [] as number[] }));
for (let r = 0; r < runs; r++) {
  queries.forEach((q, i) => {
    const t = performance.now();
    runQuery(q);
    perQuery[i]!.samples.push(performance.now() - t);
  });
}
process.stdout.write(
  JSON.stringify({
    name: 'minisearch',
    build_s: buildS,
    rss_mb: rssMb,
    heap_mb: process.memoryUsage().heapUsed / 2 ** 20,
    perQuery: perQuery.map((p) => ({ label: p.label, total: p.total, samples: p.samples })),
  }),
);
