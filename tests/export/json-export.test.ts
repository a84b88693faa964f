// Export writes what import reads: a round trip through Diptych JSON gives back the same stories,
// versions, blocks, metadata, tags and pairings; `diptych export` does it from the command line.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import { runExport } from '../../src/main/core/export/export-job';
import { importPaths, importSources } from '../../src/main/core/pipeline/import';
import { JsonStory } from '../../src/main/core/import/formats/json-schema';
import { getStory } from '../../src/main/core/stories/repository';
import type { Story } from '../../src/shared/model';
import { memoryArchive, SEED_DIR } from '../support/archive';
import { runDiptych } from '../support/run-cli';

const FIXTURES = resolve(__dirname, '../fixtures/import');

/** What survives a round trip: everything but ids, import times and source files. */
function comparable(story: Story) {
  return {
    tags: story.tags,
    versions: story.versions.map(({ id: _id, storyId: _s, importedAt: _i, sourceFile: _f, blocks, ...meta }) => ({
      ...meta,
      blocks: blocks.map((b) => [b.kind, b.text]),
    })),
  };
}

function allStories(db: Database): Story[] {
  const ids = db.prepare('SELECT id FROM stories ORDER BY id').all() as { id: number }[];
  return ids.map(({ id }) => getStory(db, id));
}

async function exportToString(db: Database, ids: number[] = []): Promise<string> {
  let out = '';
  await runExport(db, { selection: ids.length ? { kind: 'ids', ids } : { kind: 'all' } }, { write: (chunk) => void (out += chunk) });
  return out;
}

describe('JSON export', () => {
  let source: Database;
  beforeAll(() => {
    source = memoryArchive();
    importPaths(source, [SEED_DIR, join(FIXTURES, 'pages'), join(FIXTURES, 'feeds'), join(FIXTURES, 'markdown'), join(FIXTURES, 'json')]);
  });
  afterAll(() => source.close());

  it('writes every story in the documented schema', async () => {
    const doc = JSON.parse(await exportToString(source));
    expect(doc).toMatchObject({ format: 'diptych', version: 1 });
    expect(doc.stories).toHaveLength(allStories(source).length);
    for (const story of doc.stories) expect(JsonStory.safeParse(story).success).toBe(true);
  });

  it('round-trips: importing the export into an empty archive gives the same stories', async () => {
    const target = memoryArchive();
    const text = await exportToString(source);
    const report = importSources(target, [{ name: 'export.json', bytes: new TextEncoder().encode(text) }]);
    expect(report.failed).toEqual([]);
    expect(allStories(target).map(comparable)).toEqual(allStories(source).map(comparable));
    // Importing it again finds everything already there.
    const again = importSources(target, [{ name: 'export.json', bytes: new TextEncoder().encode(text) }]);
    expect(again.imported).toEqual([]);
    target.close();
  });

  it('exports only the stories asked for, and refuses an unknown id', async () => {
    const [first] = allStories(source);
    const doc = JSON.parse(await exportToString(source, [first!.id]));
    expect(doc.stories.map((s: { id: number }) => s.id)).toEqual([first!.id]);
    await expect(exportToString(source, [first!.id, 999_999])).rejects.toMatchObject({ code: 'notFound', params: { id: 999_999 } });
  });
});

describe('diptych export', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'diptych-export-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = (args: string[]) => runDiptych(args);

  it('writes a file that another archive imports back, and JSON on stdout without --out', async () => {
    const db = join(dir, 'a.db');
    const other = join(dir, 'b.db');
    const out = join(dir, 'export.json');
    expect((await run(['import', SEED_DIR, '--db', db])).code).toBe(0);
    const written = await run(['export', '--out', out, '--db', db, '--json']);
    expect(written.code).toBe(0);
    expect(JSON.parse(written.stdout)).toMatchObject({ exported: 1, file: out, format: 'json' });
    expect(JSON.parse(readFileSync(out, 'utf8')).stories[0].versions).toHaveLength(3);
    const back = await run(['import', out, '--db', other, '--json']);
    expect(JSON.parse(back.stdout).imported).toHaveLength(3);
    const stdout = await run(['export', '1', '--db', db]);
    expect(JSON.parse(stdout.stdout).stories).toHaveLength(1);
    expect((await run(['export', '42', '--db', db])).code).toBe(1);
  });
});
