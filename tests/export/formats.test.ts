// Each format read back by the tools its readers use — translate-toolkit for TMX and XLIFF, csv-parse
// for CSV and TSV, xmllint for well-formedness — holds one unit per aligned pair of the stored
// alignment (the reader's repairs included and marked) with exactly the stored texts; sentences
// give more units; the export reads the archive without writing to it.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import { getStoryAlignment, repairStoryAlignment } from '../../src/main/core/align/story-alignment';
import { runExport } from '../../src/main/core/export/export-job';
import { exportToFile } from '../../src/main/core/export/file-sink';
import { xmlCharacters } from '../../src/main/core/export/xml-text';
import { importPaths } from '../../src/main/core/pipeline/import';
import { search } from '../../src/main/core/search/search';
import { getVersionBlocks } from '../../src/main/core/stories/repository';
import type { ExportRequestInput } from '../../src/shared/api/export';
import { memoryArchive, SEED_DIR, tableCounts } from '../support/archive';
import { readDelimited, readTmx, readXliff, SCHEMAS, TRANSLATE_TOOLKIT, validateAgainstStandard, XMLLINT, xmllintErrors } from './read-back';
import { searching } from '../support/searching';

const PAGES = resolve(__dirname, '../fixtures/import/pages');
const TRICKY = resolve(__dirname, '../fixtures/export/tricky-text.json');
const STORED_CONTROLS = 'Bell\u0007here, vertical\u000btab, nul\u0000end, escape\u001b.';
const NOW = new Date('2026-05-04T03:02:01.000Z');

interface Expected {
  fromText: string;
  toText: string;
  fromBlocks: string;
  toBlocks: string;
  byReader: boolean;
  confidence: number;
}

/** What the reader shows for the pair (getStoryAlignment), as units: pairs with both sides. */
function expectedUnits(db: Database, story: number, from: string, to: string, sentences = false): Expected[] {
  const al = getStoryAlignment(db, story, from, to);
  const textA = getVersionBlocks(db, al.from.versionId).map((b) => b.text);
  const textB = getVersionBlocks(db, al.to.versionId).map((b) => b.text);
  const round = (x: number): number => Math.round(x * 1000) / 1000;
  const cut = (texts: string[], refs: { block: number; start: number; end: number }[]): string => {
    const blocks = [...new Set(refs.map((r) => r.block))];
    return blocks
      .map((b) => {
        const own = refs.filter((r) => r.block === b);
        return texts[b]!.slice(own[0]!.start, own[own.length - 1]!.end);
      })
      .join(' ');
  };
  return al.pairs
    .filter((p) => p.from.length > 0 && p.to.length > 0)
    .flatMap((p) => {
      const confidence = p.byReader ? 1 : round(p.confidence);
      if (!sentences) {
        return [{ fromText: p.from.map((i) => textA[i]).join(' '), toText: p.to.map((i) => textB[i]).join(' '), fromBlocks: p.from.join('+'), toBlocks: p.to.join('+'), byReader: p.byReader, confidence }];
      }
      return p.sentences
        .filter((s) => s.from.length > 0 && s.to.length > 0)
        .map((s) => ({
          fromText: cut(textA, s.from),
          toText: cut(textB, s.to),
          fromBlocks: [...new Set(s.from.map((r) => r.block))].join('+'),
          toBlocks: [...new Set(s.to.map((r) => r.block))].join('+'),
          byReader: p.byReader,
          confidence: Math.min(confidence, round(s.confidence)),
        }));
    });
}

describe('bilingual export', () => {
  let db: Database;
  let dir: string;
  let seed: number;
  let ferry: number;
  let tricky: number;

  const exportFile = async (name: string, request: Omit<ExportRequestInput, 'selection'> & { selection?: ExportRequestInput['selection'] }, ids?: number[]) => {
    const file = join(dir, name);
    const report = await exportToFile(db, { selection: { kind: 'ids', ids: ids ?? [seed, ferry, tricky] }, ...request }, file, { now: NOW, toolVersion: '9.9.9' });
    return { file, report };
  };

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'diptych-export-formats-'));
    db = memoryArchive();
    seed = importPaths(db, [SEED_DIR]).imported[0]!.story;
    ferry = importPaths(db, [PAGES]).imported[0]!.story;
    tricky = importPaths(db, [TRICKY]).imported[0]!.story;
    // Imports leave control characters out; an archive written before they did may hold them.
    const cleaned = db.prepare('UPDATE blocks SET text = ? WHERE text = ?').run(STORED_CONTROLS, 'Bellhere, vertical tab, nulend, escape.');
    expect(cleaned.changes).toBe(1);
    // The reader merges two of the ferry's paragraphs into one pair.
    repairStoryAlignment(db, ferry, 'en', 'et', { op: 'merge', pair: 2 });
  });
  afterAll(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  describe.runIf(TRANSLATE_TOOLKIT)('TMX and XLIFF through translate-toolkit', () => {
    it.each([
      ['paragraph', false],
      ['sentence', true],
    ])('TMX holds one <tu> per aligned %s pair, with the exact texts and props', async (segtype, sentences) => {
      const { file, report } = await exportFile(`pairs-${segtype}.tmx`, { format: 'tmx', from: 'en', to: 'et', sentences }, [seed, ferry]);
      const tmx = readTmx(file);
      expect(tmx.header).toMatchObject({ creationtool: 'Diptych', creationtoolversion: '9.9.9', srclang: 'en', adminlang: 'en', datatype: 'plaintext', segtype, 'o-tmf': 'Diptych', creationdate: '20260504T030201Z' });
      const expected = [...expectedUnits(db, seed, 'en', 'et', sentences), ...expectedUnits(db, ferry, 'en', 'et', sentences)];
      expect(tmx.units.map((u) => [u.source, u.target])).toEqual(expected.map((e) => [e.fromText, e.toText]));
      expect(tmx.units.map((u) => [u.sourceProps['x-blocks'], u.targetProps['x-blocks'], Number(u.props['x-confidence'])])).toEqual(
        expected.map((e) => [e.fromBlocks, e.toBlocks, e.confidence]),
      );
      expect(new Set(tmx.units.map((u) => `${u.sourceLang}>${u.targetLang}`))).toEqual(new Set(['en>et']));
      expect(tmx.units[0]).toMatchObject({ id: `${seed}:${sentences ? "0.0" : "0"}`, srclang: null, props: { 'x-story': String(seed) }, sourceProps: { 'x-provenance': 'official', 'x-agency': 'UNN' } });
      expect(report).toMatchObject({ stories: 2, units: expected.length, segmentation: segtype });
      expect(xmllintErrors(file)).toBe('');
    });

    it('marks the reader’s repairs (changeid="reader", x-by-reader) and only those', async () => {
      const { file } = await exportFile('ferry.tmx', { format: 'tmx', from: 'et', to: 'en' }, [ferry]);
      const tmx = readTmx(file);
      const marked = tmx.units.filter((u) => u.changeid === 'reader');
      expect(marked.map((u) => [u.sourceProps['x-blocks'], u.targetProps['x-blocks'], u.props['x-by-reader'], u.props['x-confidence']])).toEqual([['2+3', '2+3', 'true', '1']]);
      expect(tmx.units.filter((u) => u.props['x-by-reader'] !== undefined)).toHaveLength(1);
      expect(expectedUnits(db, ferry, 'et', 'en').filter((e) => e.byReader)).toHaveLength(1);
    });

    it('XLIFF holds a <file> per story (original = URL or file) and a translated <trans-unit> per pair', async () => {
      const { file } = await exportFile('pairs.xlf', { format: 'xliff', from: 'en', to: 'uk' });
      const xliff = readXliff(file);
      expect(xliff.files.map((f) => [f.original, f['source-language'], f['target-language']])).toEqual([
        // A file's name only: where it was kept on this machine is nobody else's business.
        ['kallas-training.en.txt', 'en', 'uk'],
        ['https://balticwire.example/en/2026/03/night-ferry-returns?utm_source=rss', 'en', 'uk'],
        ['https://example.org/a?x=1&y=%222%22', 'en', 'uk-UA'],
      ]);
      const expected = [seed, ferry, tricky].flatMap((s) => expectedUnits(db, s, 'en', s === tricky ? 'uk-UA' : 'uk'));
      expect(xliff.units.map((u) => [u.source, u.target])).toEqual(expected.map((e) => [xmlCharacters(e.fromText), xmlCharacters(e.toText)]));
      expect(new Set(xliff.units.map((u) => u.state))).toEqual(new Set(['translated']));
      // Approved (not fuzzy to translation tools) where a human translation is surely paired; the
      // machine translation's units and unsure pairs are left for review.
      const fuzzy = xliff.units.map((u) => u.fuzzy);
      const review = expected.map((e, i) => i >= expected.length - expectedUnits(db, tricky, 'en', 'uk-UA').length || (!e.byReader && e.confidence < 0.9));
      expect(fuzzy).toEqual(review);
      expect(fuzzy).toContain(false);
      expect(fuzzy).toContain(true);
      expect(xliff.units[0]!.notes).toEqual([['source', 'blocks: 0'], ['target', 'blocks: 0'], ['general', 'confidence: 1']]);
      expect(xliff.files[2]!.notes).toEqual(expect.arrayContaining(['provenance: machine', 'agency: Wire & Co', 'published_at: 2025-01-02T00:00:00.000Z']));
      expect(xmllintErrors(file)).toBe('');
    });

    it('keeps every quote, apostrophe, tab and line end as stored, and says what XML could not hold', async () => {
      const { file, report } = await exportFile('tricky.tmx', { format: 'tmx', from: 'uk', to: 'en' }, [tricky]);
      const tmx = readTmx(file);
      expect(tmx.header.srclang).toBe('uk');
      expect(tmx.units[0]).toMatchObject({ source: 'Він сказав "ні" & \'так\' <b>', target: 'He said "no" & \'yes\' <b>', sourceLang: 'uk-UA', srclang: 'uk-UA' });
      expect(tmx.units[1]!.target).toBe('Line one\nLine two\r\nLine three\twith a tab.');
      // NUL, BEL and ESC cannot be in an XML 1.0 document at all; a vertical tab becomes a space.
      expect(tmx.units[2]!.target).toBe('Bellhere, vertical tab, nulend, escape.');
      expect(tmx.units[3]!.source).toBe('Емодзі 🇺🇦 і «лапки» та ʼапостроф’, м’ята ]]> &amp; кінець.');
      expect(report.cleanedUnits).toBe(1);
    });
  });

  it.each([
    ['csv', ','],
    ['tsv', '\t'],
  ] as const)('%s: a header row, then one row per pair that csv-parse reads back exactly', async (format, delimiter) => {
    const { file } = await exportFile(`pairs.${format}`, { format, from: 'en', to: 'uk' });
    const bytes = readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8').split('\r\n')[0]).toBe(
      '\uFEFFstory,from_lang,to_lang,from_blocks,to_blocks,from_text,to_text,confidence,by_reader,agency,published_at,url'.replace(/,/gu, delimiter),
    );
    const rows = readDelimited(file, delimiter);
    const expected = [seed, ferry, tricky].flatMap((s) => expectedUnits(db, s, 'en', s === tricky ? 'uk-UA' : 'uk').map((e) => ({ ...e, s })));
    expect(rows.map((r) => [Number(r.story), r.from_blocks, r.to_blocks, r.from_text, r.to_text, Number(r.confidence), r.by_reader])).toEqual(
      expected.map((e) => [e.s, e.fromBlocks, e.toBlocks, e.fromText, e.toText, e.confidence, String(e.byReader)]),
    );
    expect(rows.at(-1)).toMatchObject({ from_lang: 'en', to_lang: 'uk-UA', agency: 'Wire & Co', published_at: '2025-01-02T00:00:00.000Z', url: 'https://example.org/a?x=1&y=%222%22' });
    // The control characters XML refuses are kept in CSV, as stored.
    expect(rows.find((r) => r.from_text?.startsWith('Bell'))!.from_text).toBe(STORED_CONTROLS);
  });

  it('writes no byte order mark when asked not to', async () => {
    const { file } = await exportFile('nobom.csv', { format: 'csv', from: 'en', to: 'uk', bom: false }, [seed]);
    expect(readFileSync(file, 'utf8').startsWith('story,')).toBe(true);
  });

  it('holds more units with sentences than with paragraphs, and leaves out uncertain pairs', async () => {
    const paragraphs = (await exportFile('p.csv', { format: 'csv', from: 'en', to: 'uk' }, [seed])).report;
    const sentences = (await exportFile('s.csv', { format: 'csv', from: 'en', to: 'uk', sentences: true }, [seed])).report;
    expect(sentences.units).toBeGreaterThan(paragraphs.units);
    const all = expectedUnits(db, ferry, 'en', 'uk');
    const { file, report } = await exportFile('sure.csv', { format: 'csv', from: 'en', to: 'uk', minConfidence: 0.9 }, [ferry]);
    const sure = all.filter((e) => e.confidence >= 0.9);
    expect(sure.length).toBeLessThan(all.length);
    expect(readDelimited(file, ',').map((r) => r.from_text)).toEqual(sure.map((e) => e.fromText));
    expect(report.belowConfidence).toBe(all.length - sure.length);
  });

  it('reads without writing: an alignment not yet stored is computed in memory as the reader would', async () => {
    const lazy = memoryArchive();
    const story = importPaths(lazy, [SEED_DIR]).imported[0]!.story;
    // As after a bulk import: nothing aligned yet.
    lazy.prepare('DELETE FROM alignments').run();
    const before = tableCounts(lazy);
    let out = '';
    const report = await runExport(lazy, { selection: { kind: 'all' }, format: 'csv', from: 'uk', to: 'et', sentences: true }, { write: (c) => void (out += c) });
    expect(tableCounts(lazy)).toEqual(before);
    expect(report.computedAlignments).toBe(1);
    const rows = (await import('csv-parse/sync')).parse(out, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.from_text, r.to_text])).toEqual(expectedUnits(lazy, story, 'uk', 'et', true).map((e) => [e.fromText, e.toText]));
    lazy.close();
  });

  it('skips and counts stories without both languages; when all lack them, says so and writes nothing', async () => {
    const { report } = await exportFile('de.csv', { format: 'csv', from: 'en', to: 'uk' }, [seed, ferry, tricky]);
    expect(report.missingLanguage).toBe(0);
    const partial = await exportFile('et.csv', { format: 'csv', from: 'en', to: 'et' });
    expect(partial.report).toMatchObject({ stories: 2, missingLanguage: 1, missingLanguageIds: [tricky] });
    await expect(exportFile('none.tmx', { format: 'tmx', from: 'en', to: 'fr' })).rejects.toMatchObject({ code: 'missingLanguages', params: { stories: 3, from: 'en', to: 'fr' } });
    await expect(exportFile('one.tmx', { format: 'tmx', from: 'fr', to: 'en' }, [seed])).rejects.toMatchObject({ code: 'noVersionInLanguage', params: { story: seed, lang: 'fr' } });
    expect(existsSync(join(dir, 'none.tmx'))).toBe(false);
  });

  it('exports exactly the stories the search shows, in its order', async () => {
    const query = 'Kallas OR Tallinn OR curly';
    const shown = search(searching(db), query, { limit: 500 }).stories.map((s) => s.id);
    expect(shown.length).toBeGreaterThan(1);
    const { file } = await exportFile('query.xlf', { format: 'json', selection: { kind: 'query', query } });
    const doc = JSON.parse(readFileSync(file, 'utf8')) as { stories: { id: number }[] };
    expect(doc.stories.map((s) => s.id)).toEqual(shown);
    await expect(exportFile('nothing.json', { selection: { kind: 'query', query: 'zzyzx' } })).rejects.toMatchObject({ code: 'nothingToExport' });
  });

  it('JSON with two languages keeps just those versions of each story', async () => {
    const { file, report } = await exportFile('two.json', { format: 'json', from: 'en', to: 'uk' });
    const doc = JSON.parse(readFileSync(file, 'utf8')) as { stories: { versions: { lang: string }[] }[] };
    expect(doc.stories.map((s) => s.versions.map((v) => v.lang).sort())).toEqual([['en', 'uk'], ['en', 'uk'], ['en', 'uk-UA']]);
    expect(report.units).toBe(0);
  });

  it('a cancelled or failed export leaves no file, and the file that was there untouched', async () => {
    const target = join(dir, 'kept.tmx');
    writeFileSync(target, 'before');
    const abort = new AbortController();
    const cancelled = exportToFile(db, { selection: { kind: 'all' }, format: 'tmx', from: 'en', to: 'uk' }, target, {
      pageSize: 1,
      onProgress: () => abort.abort(),
      signal: abort.signal,
    });
    await expect(cancelled).rejects.toMatchObject({ code: 'exportCancelled' });
    await expect(exportToFile(db, { selection: { kind: 'all' }, format: 'tmx', from: 'en', to: 'fr' }, target)).rejects.toMatchObject({ code: 'missingLanguages' });
    expect(readFileSync(target, 'utf8')).toBe('before');
    expect(readdirSync(dir).filter((f) => f.endsWith('.part'))).toEqual([]);
    await expect(exportToFile(db, { selection: { kind: 'all' } }, join(dir, 'no/such/folder.json'))).rejects.toMatchObject({ code: 'cannotWriteFile', params: { reason: 'ENOENT' } });
    await expect(exportToFile(db, { selection: { kind: 'all' } }, dir)).rejects.toMatchObject({ code: 'cannotWriteFile', params: { reason: 'EISDIR' } });
  });

  describe.runIf(XMLLINT && SCHEMAS !== '')('against the official TMX 1.4 DTD and XLIFF 1.2 strict schema (DIPTYCH_SCHEMAS)', () => {
    it.each(['tmx', 'xliff'] as const)('%s validates', async (format) => {
      for (const sentences of [false, true]) {
        const { file } = await exportFile(`valid-${sentences}.${format === 'tmx' ? 'tmx' : 'xlf'}`, { format, from: 'uk', to: 'en', sentences });
        expect(validateAgainstStandard(file)).toBe('');
      }
    });
  });
});
