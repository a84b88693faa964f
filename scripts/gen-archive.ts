// npm run gen -- --stories N (--db FILE | --out DIR [--format text|json]) [--seed N] [--start I]
// Generates the deterministic synthetic archive that benchmarks share (scripts/synthetic/):
// straight into an archive database through the import pipeline's analyze, write and index steps
// (generating on worker threads while this one writes; alignment is queued, as for an import),
// or as files to import (agency plain text, NAME.LANG.txt, in folders of 1,000 stories; or one
// Diptych JSON file). A developer tool: messages in English.
import { closeSync, existsSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openArchive } from '../src/main/core/db/open';
import { agencyText, DEFAULT_SEED, generateStories, type SyntheticStory } from './synthetic/synthetic';
import { writeSyntheticArchiveInParallel } from './synthetic/write-synthetic';

const USAGE = `usage: npm run gen -- --stories N --db FILE [--seed N] [--start I] [--workers N]
       npm run gen -- --stories N --out DIR [--format text|json] [--seed N] [--start I]`;

function fail(message: string, code = 2): never {
  process.stderr.write(`${message}\n${code === 2 ? `${USAGE}\n` : ''}`);
  process.exit(code);
}

function integer(value: string | undefined, name: string, fallback?: number): number {
  if (value === undefined) {
    if (fallback === undefined) fail(`--${name} is required`);
    return fallback;
  }
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 0) fail(`--${name} must be a whole number, not "${value}"`);
  return n;
}

const { values } = (() => {
  try {
    return parseArgs({
      options: {
        stories: { type: 'string' },
        seed: { type: 'string' },
        start: { type: 'string' },
        workers: { type: 'string' },
        db: { type: 'string' },
        out: { type: 'string' },
        format: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    });
  } catch (e) {
    return fail((e as Error).message);
  }
})();

if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const stories = integer(values.stories, 'stories');
const seed = integer(values.seed, 'seed', DEFAULT_SEED);
const start = integer(values.start, 'start', 0);
if (!values.db === !values.out) fail('give exactly one of --db FILE and --out DIR');

const started = performance.now();
const rate = (done: number, ms: number): string => `${Math.round(done / (ms / 1000 || 1)).toLocaleString('en')} stories/s`;
let lastPrint = 0;
function progress(done: number, ms: number): void {
  if (done < stories && ms - lastPrint < 1000) return;
  lastPrint = ms;
  process.stderr.write(`  ${done.toLocaleString('en')} / ${stories.toLocaleString('en')} stories, ${rate(done, ms)}\n`);
}

if (values.db) {
  const db = openArchive(values.db);
  const existing = (db.prepare('SELECT COUNT(*) AS n FROM stories').get() as { n: number }).n;
  if (existing > 0 && values.start === undefined) {
    db.close();
    fail(`${values.db} already holds ${existing} stories: use a new file, or --start to add a further slice`, 1);
  }
  process.stderr.write(`generating ${stories} stories (seed ${seed}) into ${values.db}\n`);
  const result = await writeSyntheticArchiveInParallel(db, {
    stories,
    seed,
    start,
    batchSize: 1000,
    ...(values.workers !== undefined ? { workers: integer(values.workers, 'workers') } : {}),
    onProgress: (p) => progress(p.done, p.elapsedMs),
  });
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  process.stderr.write(
    `done: ${result.stories} stories, ${result.versions} versions, ${result.blocks} blocks in ` +
      `${(result.elapsedMs / 1000).toFixed(1)} s (${rate(result.stories, result.elapsedMs)})\n`,
  );
} else {
  const out = values.out!;
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') fail(`--format must be text or json, not "${format}"`);
  mkdirSync(out, { recursive: true });
  process.stderr.write(`writing ${stories} stories (seed ${seed}) as ${format} into ${out}\n`);
  let done = 0;
  const each = (write: (story: SyntheticStory) => void): void => {
    for (const story of generateStories({ stories, seed, start })) {
      write(story);
      progress(++done, performance.now() - started);
    }
  };
  if (format === 'text') {
    each((story) => {
      const dir = join(out, String(Math.floor(story.index / 1000)).padStart(4, '0'));
      if (story.index % 1000 === 0 || !existsSync(dir)) mkdirSync(dir, { recursive: true });
      const name = `story-${String(story.index).padStart(7, '0')}`;
      for (const v of story.versions) writeFileSync(join(dir, `${name}.${v.lang}.txt`), agencyText(v));
    });
  } else {
    // One Diptych JSON archive, written a story at a time so memory stays flat.
    const file = join(out, `synthetic-${seed}-${start}-${stories}.json`);
    const fd = openSync(file, 'w');
    writeSync(fd, `{"format":"diptych","version":1,"exportedAt":"${new Date(0).toISOString()}","stories":[\n`);
    each((story) => {
      const versions = story.versions.map(({ origin: _origin, groupKey: _key, ...v }) => v);
      writeSync(fd, `${story.index === start ? '' : ',\n'}${JSON.stringify({ versions })}`);
    });
    writeSync(fd, '\n]}\n');
    closeSync(fd);
  }
  const ms = performance.now() - started;
  process.stderr.write(`done: ${done} stories in ${(ms / 1000).toFixed(1)} s (${rate(done, ms)})\n`);
}
