// Hostile and broken input: what a page, feed or archive tries to smuggle in stays out or stays
// inert; entity bombs, zip bombs, path tricks and oversized or binary files are refused with a
// specific reason; and a failed import never changes what is already stored.
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import { importPaths, importSources } from '../../src/main/core/pipeline/import';
import { getStory } from '../../src/main/core/stories/repository';
import { zipEntries } from '../../src/main/core/import/zip-entries';
import { memoryArchive, seedPath, tableCounts } from '../support/archive';

const FIXTURES = resolve(__dirname, '../fixtures/import');
const fixture = (path: string) => ({ name: path, bytes: readFileSync(resolve(FIXTURES, path)) });
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const codes = (report: { failed: { file: string; error: { code: string } }[] }) =>
  report.failed.map((f) => [f.file, f.error.code]);

describe('hostile input', () => {
  let db: Database;
  beforeEach(() => {
    db = memoryArchive();
    importPaths(db, [seedPath('en')]);
  });
  afterEach(() => db.close());

  it('stores a page full of scripts, handlers, javascript: links, iframes, SVG and CSS tricks as inert text', () => {
    const report = importSources(db, [fixture('hostile/hostile-page.html')]);
    expect(report.failed).toEqual([]);
    const version = getStory(db, report.imported[0]!.story).versions[0]!;
    const text = version.blocks.map((b) => b.text).join('\n');
    expect(version.blocks.map((b) => b.kind)).toEqual(['headline', 'lead', 'paragraph', 'paragraph', 'paragraph']);
    expect(text).toContain('Supporters said the line would cut travel times in half');
    for (const bad of ['<', 'javascript', 'alert', 'evil.example', 'onerror', 'onclick', 'SVG smuggled', 'svg text', 'template paragraph', 'Enable JavaScript', 'secret', 'background']) {
      expect(text).not.toContain(bad);
    }
    // A javascript: canonical or a data: alternate is nobody's address.
    expect(version.url).toBeNull();
    expect(db.prepare('SELECT COUNT(*) AS n FROM version_links').get()).toEqual({ n: 0 });
  });

  it.each([
    ['hostile/billion-laughs.rss'],
    ['hostile/external-entity-internal.rss'],
    ['hostile/external-entity.atom'],
  ])('refuses %s (entity expansion, external entities) within a second and without memory growth', (path) => {
    const before = tableCounts(db);
    global.gc?.();
    const heap = process.memoryUsage().heapUsed;
    const start = performance.now();
    const report = importSources(db, [fixture(path)]);
    expect(performance.now() - start).toBeLessThan(1000);
    expect(process.memoryUsage().heapUsed - heap).toBeLessThan(32 * 1024 * 1024);
    expect(codes(report)).toEqual([[path, 'unsafeXml']]);
    expect(tableCounts(db)).toEqual(before);
  });

  it('refuses zip entries that climb out, or name absolute or drive paths, and imports the rest', () => {
    const good = readFileSync(resolve(FIXTURES, 'markdown/cafe-closure.fr.md'));
    const zip = zipSync({
      '../../etc/evil.md': good,
      '/etc/absolute.md': good,
      'C:\\Windows\\drive.md': good,
      'notes\\..\\..\\backslash.md': good,
      'inside/fine.fr.md': good,
    });
    const report = importSources(db, [{ name: 'upload.zip', bytes: zip }]);
    expect(codes(report)).toEqual([
      ['upload.zip/../../etc/evil.md', 'unsafeArchivePath'],
      ['upload.zip//etc/absolute.md', 'unsafeArchivePath'],
      ['upload.zip/C:\\Windows\\drive.md', 'unsafeArchivePath'],
      ['upload.zip/notes\\..\\..\\backslash.md', 'unsafeArchivePath'],
    ]);
    expect(report.imported.map((i) => i.file)).toEqual(['upload.zip/inside/fine.fr.md']);
  });

  it('stops a zip bomb by its ratio while inflating, whatever sizes its headers claim', () => {
    const zeros = new Uint8Array(40 * 1024 * 1024);
    const bomb = zipSync({ 'bomb.txt': zeros }, { level: 9 });
    // Lie in the central directory: claim the entry is tiny.
    const view = new DataView(bomb.buffer);
    for (let i = bomb.length - 22; i >= 0; i--) {
      if (view.getUint32(i, true) === 0x02014b50) {
        view.setUint32(i + 24, 100, true);
        break;
      }
    }
    const before = tableCounts(db);
    const heap = process.memoryUsage().heapUsed;
    const entries = [...zipEntries(bomb)];
    expect(entries).toEqual([{ name: 'bomb.txt', error: expect.objectContaining({ code: 'archiveTooLarge' }) }]);
    expect(process.memoryUsage().heapUsed - heap).toBeLessThan(24 * 1024 * 1024);
    expect(codes(importSources(db, [{ name: 'bomb.zip', bytes: bomb }]))).toEqual([['bomb.zip/bomb.txt', 'archiveTooLarge']]);
    expect(tableCounts(db)).toEqual(before);
  });

  it('stops an archive whose total would pass the limit', () => {
    const part = new Uint8Array(2 * 1024 * 1024).fill(0x41);
    const zip = zipSync({ 'a.txt': part, 'b.txt': part, 'c.txt': part }, { level: 0 });
    const entries = [...zipEntries(zip, { maxEntryBytes: 3 << 20, maxTotalBytes: 5 << 20, maxRatio: 200, ratioFloorBytes: 1 << 20, maxEntries: 10 })];
    expect(entries.map((e) => ('error' in e ? e.error.code : 'ok'))).toEqual(['ok', 'ok', 'archiveTooLarge']);
  });

  it('refuses archives inside archives, and damaged archives', () => {
    const inner = zipSync({ 'x.md': utf8('# X\n\ntext') });
    const outer = zipSync({ 'inner.zip': inner });
    expect(codes(importSources(db, [{ name: 'outer.zip', bytes: outer }]))).toEqual([['outer.zip/inner.zip', 'nestedArchive']]);
    expect(codes(importSources(db, [{ name: 'broken.zip', bytes: outer.subarray(0, outer.length - 30) }]))).toEqual([
      ['broken.zip', 'malformedFile'],
    ]);
  });

  it('refuses files over the size limit before reading them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'diptych-big-'));
    try {
      const big = join(dir, 'huge.en.txt');
      writeFileSync(big, 'Headline\n');
      truncateSync(big, 60 * 1024 * 1024);
      expect(codes(importPaths(db, [big]))).toEqual([[big, 'fileTooLarge']]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports binary and unknown files instead of importing them', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const report = importSources(db, [
      { name: 'photo.png', bytes: png },
      { name: 'photo-renamed.html', bytes: png },
      { name: 'random.bin', bytes: new Uint8Array([1, 2, 3, 4]) },
      { name: 'latin1.txt', bytes: new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x80, 0x81]) },
    ]);
    expect(codes(report)).toEqual([
      ['photo.png', 'binaryFile'],
      ['photo-renamed.html', 'binaryFile'],
      ['random.bin', 'unsupportedFormat'],
      ['latin1.txt', 'undecodableText'],
    ]);
    expect(report.imported).toEqual([]);
  });

  it('changes nothing already stored when every file of an import fails', () => {
    const before = tableCounts(db);
    const stored = getStory(db, 1);
    importSources(db, [
      fixture('hostile/billion-laughs.rss'),
      { name: 'bad.json', bytes: utf8('{"stories":[{"versions":[{"lang":"en","blocks":[{"kind":"x","text":"y"}]}]}]}') },
      { name: 'same-lang.en.txt', bytes: readFileSync(seedPath('en')) },
      { name: 'empty.md', bytes: utf8('---\ntitle: x\n---\n') },
    ], { translationOf: 1 });
    expect(tableCounts(db)).toEqual(before);
    expect(getStory(db, 1)).toEqual(stored);
  });

  it('caps YAML aliases in front matter (a YAML "billion laughs")', () => {
    const aliases = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) aliases.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)}]`);
    const start = performance.now();
    const report = importSources(db, [{ name: 'lol.md', bytes: utf8(`---\n${aliases.join('\n')}\ntitle: x\n---\n\nBody.\n`) }]);
    expect(performance.now() - start).toBeLessThan(1000);
    expect(codes(report)).toEqual([['lol.md', 'malformedFile']]);
  });
});
