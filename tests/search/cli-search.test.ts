// `diptych search` run as a real process, the way a reader types it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedPath } from '../support/archive';
import { runDiptych, type CliResult } from '../support/run-cli';

const diptych = (args: string[]): Promise<CliResult> => runDiptych(args);

describe('diptych search', () => {
  let dir: string;
  let db: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'diptych-search-'));
    db = join(dir, 'archive.db');
    const r = await diptych(['import', '--db', db, seedPath('en'), seedPath('uk'), seedPath('et')]);
    expect(r.code).toBe(0);
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the JSON shape with matched forms, counterparts and facets', async () => {
    const r = await diptych(['search', '--db', db, '--json', 'Kallas', 'lang:uk']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.total).toBe(1);
    expect(out.totalAtLeast).toBe(false);
    const hit = out.stories[0].hits[0];
    expect(hit).toMatchObject({ lang: 'uk', block: expect.any(Number), matched: 'Каллас' });
    expect(hit.snippet).toContain('Каллас');
    expect(hit.counterpart).toMatchObject({ lang: 'en', block: hit.block });
    expect(hit.counterpart.snippet).toContain('Kallas');
    expect(out.facets.lang).toEqual([{ value: 'uk', count: 1 }]);
    expect(out.facets).toHaveProperty('agency');
    expect(out.facets).toHaveProperty('year');
  }, 30_000);

  it('prints readable text, and hints on stderr for what it could not read', async () => {
    const r = await diptych(['search', '--db', db, '"Financial Times', '--sort', 'newest']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Estonian Prime Minister/u);
    expect(r.stdout).toMatch(/Financial Times/u);
    expect(r.stdout).toMatch(/↔ /u);
    expect(r.stderr).toMatch(/1 story matches/u);
    expect(r.stderr).toMatch(/quotation mark/u);
  }, 30_000);

  it('says which form of a name matched and how, in --json and in text', async () => {
    const json = JSON.parse((await diptych(['search', '--db', db, '--json', 'Estonia', 'lang:uk'])).stdout);
    const matches = json.stories.flatMap((s: { hits: { matches: unknown[] }[] }) => s.hits.flatMap((h) => h.matches));
    expect(matches).toContainEqual({ text: expect.stringMatching(/^Естоні/u), kind: 'translated', query: 'Estonia', lang: 'uk' });
    const text = await diptych(['search', '--db', db, 'Estonia', 'lang:uk']);
    expect(text.stdout).toMatch(/“Естоні\p{L}*”, the name in Ukrainian/u);
    const written = await diptych(['search', '--db', db, 'Kalas', 'lang:uk']);
    expect(written.stdout).toMatch(/“Каллас”, the name written Kalas/u);
  }, 30_000);

  it('exits 2 on bad usage', async () => {
    expect((await diptych(['search', '--db', db])).code).toBe(2);
    expect((await diptych(['search', '--db', db, 'x', '--sort', 'best'])).code).toBe(2);
    expect((await diptych(['search', '--db', db, 'x', '--limit', '0'])).code).toBe(2);
  }, 30_000);
});
