// npm run profile:search [-- --stories N | --db FILE] [--runs R] [--match-cap N] — where a
// query's time goes, phase by phase (the `trace` of search()), on a small synthetic archive built
// in memory or on an archive on disk (opened read-only: bench:search's large ones, say). A tool
// for working on search, not a benchmark of record (that is bench:search).
import { parseArgs } from 'node:util';
import { cpus, loadavg } from 'node:os';
import { openArchive } from '../src/main/core/db/open';
import { contentHash } from '../src/main/core/stories/content-hash';
import { optimizeSearchIndex, rebuildSearchIndex } from '../src/main/core/search/index-maintenance';
import { MATCH_CAP, search } from '../src/main/core/search/search';
import { SearchConnection } from '../src/main/core/search/search-connection';
import { DEFAULT_SEED, generateStories } from './synthetic/synthetic';

const { values } = parseArgs({
  options: { stories: { type: 'string' }, runs: { type: 'string' }, db: { type: 'string' }, 'match-cap': { type: 'string' } },
});
const stories = Number(values.stories ?? 3000);
const runs = Number(values.runs ?? 10);
const matchCap = Number(values['match-cap'] ?? MATCH_CAP);
const QUERIES = ['government', 'Klitschko', 'energy minister', '"Volodymyr Zelensky"', 'parlia*', 'president after:2022-01-01', 'уряд', 'Shmyhal lang:uk', 'Kiev', 'India'];

const db = values.db ? openArchive(values.db, { readonly: true, create: false, quickCheck: false }) : inMemoryArchive();

/** The synthetic archive of `stories` stories, stored plainly and indexed apart. */
function inMemoryArchive(): ReturnType<typeof openArchive> {
  const db = openArchive(':memory:');
  const now = new Date(0).toISOString();
  const story = db.prepare('INSERT INTO stories (group_key, created_at, updated_at) VALUES (?, ?, ?)');
  const version = db.prepare(
    `INSERT INTO versions (story_id, lang, is_original, provenance, headline, agency, place, published_at, url, source_file, content_hash, imported_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)`,
  );
  const block = db.prepare('INSERT INTO blocks (version_id, position, kind, text) VALUES (?, ?, ?, ?)');
  db.transaction(() => {
    for (const s of generateStories({ stories, seed: DEFAULT_SEED })) {
      const storyId = Number(story.run(s.key, now, now).lastInsertRowid);
      for (const v of s.versions) {
        const id = Number(version.run(storyId, v.lang, v.original ? 1 : 0, v.provenance, v.headline, v.agency, v.place, v.publishedAt, v.url, contentHash(v.blocks), now).lastInsertRowid);
        v.blocks.forEach((b, i) => block.run(id, i, b.kind, b.text));
      }
    }
  })();
  rebuildSearchIndex(db);
  optimizeSearchIndex(db);
  return db;
}

const searching = new SearchConnection(db);
search(searching, 'warm', { limit: 1 });
const held = (db.prepare('SELECT COUNT(*) FROM stories').pluck().get() as number).toLocaleString('en');
console.log(`${held} stories · match cap ${matchCap} · ${runs} runs · load ${loadavg().map((x) => x.toFixed(2)).join(' ')} on ${cpus().length} cores`);
for (const q of QUERIES) {
  const trace: Record<string, number> = {};
  const cpu = process.cpuUsage();
  const t = performance.now();
  let total = 0;
  for (let i = 0; i < runs; i++) total = search(searching, q, { limit: 50, trace, matchCap }).total;
  const wall = (performance.now() - t) / runs;
  const c = process.cpuUsage(cpu);
  const phases = Object.entries(trace).map(([k, v]) => `${k} ${(v / runs).toFixed(1)}`).join(' · ');
  console.log(`${q.padEnd(28)} ${String(total).padStart(6)}  wall ${wall.toFixed(1)} ms  cpu ${((c.user + c.system) / 1000 / runs).toFixed(1)} ms  ${phases}`);
}
