// The synthetic archive benchmarks share: deterministic, news-shaped, multilingual, and usable by
// the real core (the importer reads its files, the repository stores its stories).
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { openArchive } from '../../src/main/core/db/open';
import { parseAgencyText } from '../../src/main/core/import/formats/agency-text';
import { importPaths } from '../../src/main/core/pipeline/import';
import { archiveStats, getStory, listStories } from '../../src/main/core/stories/repository';
import {
  agencyText,
  generateStories,
  generateStory,
  goldAlignment,
  type SyntheticStory,
} from '../../scripts/synthetic/synthetic';
import { SYNTHETIC_SETTINGS_KEY, writeSyntheticArchive } from '../../scripts/synthetic/write-synthetic';

const ROOT = resolve(__dirname, '../..');
const tmp = mkdtempSync(join(tmpdir(), 'diptych-synthetic-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const sample: SyntheticStory[] = [...generateStories({ stories: 300, seed: 42 })];
const versions = sample.flatMap((s) => s.versions);
const textOf = (s: SyntheticStory, lang: string): string =>
  s.versions.find((v) => v.lang === lang)?.blocks.map((b) => b.text).join('\n') ?? '';

describe('generateStories', () => {
  it('gives the same archive for the same seed, another for another seed', () => {
    expect([...generateStories({ stories: 20, seed: 42 })]).toEqual(sample.slice(0, 20));
    const other = [...generateStories({ stories: 20, seed: 43 })];
    expect(other.map((s) => s.versions[0]!.headline)).not.toEqual(sample.slice(0, 20).map((s) => s.versions[0]!.headline));
  });

  it('makes story i depend only on the seed and i, so slices can be generated alone', () => {
    expect([...generateStories({ stories: 5, seed: 42, start: 100 })]).toEqual(sample.slice(100, 105));
    expect(generateStory(42, 250)).toEqual(sample[250]);
  });

  it('yields the stories asked for, each with two or three versions and one original first', () => {
    expect(sample).toHaveLength(300);
    expect(sample.map((s) => s.index)).toEqual([...Array(300).keys()]);
    const counts = new Set<number>();
    for (const s of sample) {
      counts.add(s.versions.length);
      expect(s.versions.length).toBeGreaterThanOrEqual(2);
      expect(s.versions.length).toBeLessThanOrEqual(3);
      expect(s.versions.map((v) => v.original)).toEqual(s.versions.map((_, i) => i === 0));
      expect(new Set(s.versions.map((v) => v.lang)).size).toBe(s.versions.length);
      expect(new Set(s.versions.map((v) => v.groupKey))).toEqual(new Set([s.key]));
    }
    expect(counts).toEqual(new Set([2, 3]));
  });

  it('writes mostly en/uk/et, now and then de, pl or ru', () => {
    const byLang = new Map<string, number>();
    for (const v of versions) byLang.set(v.lang, (byLang.get(v.lang) ?? 0) + 1);
    for (const lang of ['en', 'uk', 'et']) expect(byLang.get(lang)).toBeGreaterThan(versions.length * 0.2);
    const extra = ['de', 'pl', 'ru'].map((l) => byLang.get(l) ?? 0);
    expect(extra.reduce((a, b) => a + b)).toBeGreaterThan(0);
    expect(extra.reduce((a, b) => a + b)).toBeLessThan(versions.length * 0.1);
  });

  it('shapes stories like news: headline, dateline, lead, 5–25 paragraphs of news-length sentences', () => {
    const sentenceWords: number[] = [];
    for (const s of sample) {
      const original = s.versions[0]!;
      expect(original.blocks.slice(0, 3).map((b) => b.kind)).toEqual(['headline', 'dateline', 'lead']);
      const paragraphs = original.blocks.filter((b) => b.kind === 'paragraph');
      expect(paragraphs.length).toBeGreaterThanOrEqual(5);
      expect(paragraphs.length).toBeLessThanOrEqual(25);
      for (const p of paragraphs) for (const sentence of p.text.split(/(?<=\.) /u)) sentenceWords.push(sentence.split(' ').length);
    }
    sentenceWords.sort((a, b) => a - b);
    const median = sentenceWords[sentenceWords.length >> 1]!;
    expect(median).toBeGreaterThanOrEqual(12);
    expect(median).toBeLessThanOrEqual(28);
    expect(sentenceWords[0]).toBeGreaterThanOrEqual(4);
    expect(versions.some((v) => v.blocks.some((b) => b.kind === 'heading'))).toBe(true);
  });

  it('writes Cyrillic and Latin text, with each language’s quotation marks', () => {
    expect(textOf(sample.find((s) => textOf(s, 'uk'))!, 'uk')).toMatch(/\p{Script=Cyrillic}{4}/u);
    const all = (lang: string) => sample.map((s) => textOf(s, lang)).join('\n');
    expect(all('uk')).toMatch(/«[^»]+»/u);
    expect(all('et')).toMatch(/„[^“]+“/u);
    expect(all('en')).toMatch(/“[^”]+”/u);
    expect(all('et')).toMatch(/[õäöü]/u);
    // Ukrainian apostrophes written all three ways, as in real copy.
    for (const a of ['ʼ', '’', "'"]) expect(all('uk')).toContain(a);
  });

  it('inflects: a word appears in several of its forms', () => {
    const uk = sample.map((s) => textOf(s, 'uk')).join(' ');
    const forms = ['Україна', 'України', 'Україні', 'Україну', 'уряд', 'уряду', 'урядом'].filter((f) =>
      new RegExp(`(?<!\\p{L})${f}(?!\\p{L})`, 'u').test(uk),
    );
    expect(forms.length).toBeGreaterThanOrEqual(5);
    const et = sample.map((s) => textOf(s, 'et')).join(' ');
    expect(et).toMatch(/\bvalitsuse(?:s|st|le|ga)\b/u);
  });

  it('names the same people and places across scripts', () => {
    let pairs = 0;
    for (const s of sample) {
      const en = textOf(s, 'en');
      const uk = textOf(s, 'uk');
      if (!en || !uk) continue;
      if (en.includes('Kallas')) {
        pairs++;
        expect(uk).toContain('Каллас');
      }
      if (/\bKyiv\b/u.test(en)) expect(uk).toMatch(/Київ|Києв/u);
    }
    expect(pairs).toBeGreaterThan(0);
  });

  it('spreads publication dates over several years, translations after their original', () => {
    const years = new Set(versions.map((v) => v.publishedAt.slice(0, 4)));
    expect(years.size).toBeGreaterThanOrEqual(5);
    for (const y of years) expect(Number(y)).toBeGreaterThanOrEqual(2019);
    for (const s of sample) {
      for (const v of s.versions.slice(1)) expect(v.publishedAt >= s.versions[0]!.publishedAt).toBe(true);
    }
    expect(new Set(versions.map((v) => v.agency)).size).toBeGreaterThanOrEqual(8);
  });

  it('now and then merges or splits paragraphs in a translation, with a gold alignment to match', () => {
    const shapes = new Set<string>();
    for (const s of sample) {
      const [original, ...translations] = s.versions;
      for (const t of translations) {
        const gold = goldAlignment(original!, t);
        // Every block on each side is in exactly one group, in reading order.
        expect(gold.flatMap((g) => g.from)).toEqual([...original!.blocks.keys()]);
        expect(gold.flatMap((g) => g.to)).toEqual([...t.blocks.keys()]);
        for (const g of gold) shapes.add(`${g.from.length}-${g.to.length}`);
      }
    }
    expect(shapes).toEqual(new Set(['1-1', '1-2', '2-1']));
  });
});

describe('agencyText', () => {
  it('round-trips through the agency-text importer: same blocks, place and agency', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 }), fc.nat(1_000_000), (seed, index) => {
        for (const v of generateStory(seed, index).versions) {
          const parsed = parseAgencyText(agencyText(v));
          expect(parsed.blocks).toEqual(v.blocks);
          expect(parsed.place).toBe(v.place);
          expect(parsed.agency).toBe(v.agency);
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe('writeSyntheticArchive', () => {
  it('stores the stories through the core, in an archive the core opens again', () => {
    const file = join(tmp, 'archive.db');
    const db = openArchive(file);
    const progress: number[] = [];
    const result = writeSyntheticArchive(db, { stories: 25, seed: 42, batchSize: 10, onProgress: (p) => progress.push(p.done) });
    db.close();
    expect(progress).toEqual([10, 20, 25]);
    const expected = sample.slice(0, 25);
    expect(result).toMatchObject({
      stories: 25,
      versions: expected.reduce((n, s) => n + s.versions.length, 0),
      blocks: expected.reduce((n, s) => n + s.versions.reduce((m, v) => m + v.blocks.length, 0), 0),
    });

    const again = openArchive(file);
    try {
      expect(archiveStats(again)).toMatchObject({ stories: 25, versions: result.versions, blocks: result.blocks });
      const ids = listStories(again, { offset: 0, limit: 100, order: 'oldest' }).stories.map((s) => s.id);
      const stored = ids.map((id) => getStory(again, id)).find((s) => s.versions.length === 3)!;
      const generated = expected.find((s) => s.versions[0]!.headline === stored.versions.find((v) => v.original)!.headline)!;
      for (const v of generated.versions) {
        const mine = stored.versions.find((x) => x.lang === v.lang)!;
        expect(mine).toMatchObject({ original: v.original, agency: v.agency, place: v.place, publishedAt: v.publishedAt });
        expect(mine.blocks.map(({ kind, text }) => ({ kind, text }))).toEqual(v.blocks);
      }
      const meta = again.prepare('SELECT value FROM settings WHERE key = ?').get(SYNTHETIC_SETTINGS_KEY) as { value: string };
      expect(JSON.parse(meta.value)).toEqual({ seed: 42, start: 0, stories: 25 });
    } finally {
      again.close();
    }
  });
});

describe('npm run gen', () => {
  const gen = (...args: string[]): string =>
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/gen-archive.ts', ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });

  it('writes an archive and refuses to write the same stories into it twice', () => {
    const file = join(tmp, 'cli.db');
    gen('--stories', '12', '--seed', '7', '--db', file);
    const db = openArchive(file);
    expect(archiveStats(db).stories).toBe(12);
    db.close();
    expect(() => gen('--stories', '12', '--seed', '7', '--db', file)).toThrow(/already holds 12 stories/u);
    gen('--stories', '3', '--seed', '7', '--start', '12', '--db', file);
    const after = openArchive(file);
    expect(archiveStats(after).stories).toBe(15);
    after.close();
  });

  it('writes agency text files that import as the same stories', () => {
    const out = join(tmp, 'files');
    gen('--stories', '6', '--seed', '42', '--out', out, '--format', 'text');
    const files = readdirSync(join(out, '0000'));
    expect(files.length).toBe(sample.slice(0, 6).reduce((n, s) => n + s.versions.length, 0));
    const db = openArchive(':memory:');
    const report = importPaths(db, [out]);
    expect(report.failed).toEqual([]);
    expect(new Set(report.imported.map((i) => i.story)).size).toBe(6);
    for (const i of report.imported) {
      const name = /story-(\d+)\.(\w+)\.txt$/u.exec(i.file)!;
      expect(i.lang).toBe(name[2]);
    }
    db.close();
  });

  it('refuses bad usage with exit code 2', () => {
    expect(() => gen('--stories', 'many', '--db', join(tmp, 'x.db'))).toThrow();
    try {
      gen('--stories', '5');
    } catch (e) {
      expect((e as { status: number }).status).toBe(2);
      return;
    }
    expect.unreachable();
  });
});
