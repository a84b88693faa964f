// A JSON story is stored whole or not at all, and what it declares is taken as written or refused
// with a reason: never a half-imported story, never a language silently replaced.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { jsonPath, parseJsonStory } from '../../src/main/core/import/formats/json-archive';
import type { Database } from 'better-sqlite3';
import { importSources } from '../../src/main/core/pipeline/import';
import { getStory } from '../../src/main/core/stories/repository';
import { memoryArchive, tableCounts } from '../support/archive';

const QA = resolve(__dirname, '../fixtures/import-qa');
const json = (stories: unknown[]) => ({ name: 'stories.json', bytes: new TextEncoder().encode(JSON.stringify({ format: 'diptych', version: 1, stories })) });
const version = (lang: string, text: string, extra: object = {}) => ({
  lang,
  ...extra,
  blocks: [{ kind: 'headline', text: `Headline ${text}` }, { kind: 'paragraph', text: `A paragraph about ${text}.` }],
});

describe('JSON stories', () => {
  let db: Database;
  beforeEach(() => (db = memoryArchive()));
  afterEach(() => db.close());

  it('refuses a story with two versions in one language whole, leaving no trace of its first version', () => {
    const report = importSources(db, [json([{ versions: [version('en', 'one')] }, { versions: [version('en', 'dup A'), version('de', 'dup B'), version('en', 'dup C')] }])]);
    expect(report.counts).toEqual({ imported: 1, duplicates: 0, failed: 1, stories: 1 });
    expect(report.failed).toEqual([expect.objectContaining({ file: 'stories.json#2', error: expect.objectContaining({ code: 'repeatedLanguage', params: { lang: 'en' } }) })]);
    expect(tableCounts(db)).toMatchObject({ stories: 1, versions: 1 });
  });

  it('rolls a story back when a later version fails in the store (its language already taken there)', () => {
    // Version 1 is already stored, so the story joins it; version 3 then clashes with its German.
    importSources(db, [json([{ versions: [version('en', 'base'), version('de', 'basis')] }])]);
    const report = importSources(db, [json([{ versions: [version('en', 'base'), version('fr', 'nouveau'), version('de', 'andere')] }])]);
    expect(report.counts).toEqual({ imported: 0, duplicates: 0, failed: 1, stories: 0 });
    expect(report.failed.map((f) => f.error.code)).toEqual(['duplicateLanguage']);
    expect(tableCounts(db)).toMatchObject({ stories: 1, versions: 2 });
  });

  it('imports the QA file: each story whole or not at all', () => {
    const report = importSources(db, [{ name: 'mixed2.json', bytes: readFileSync(resolve(QA, 'mixed2.json')) }]);
    expect(report.failed.map((f) => `${f.file} ${f.error.code}`)).toEqual([
      'mixed2.json#1 invalidJsonSchema',
      'mixed2.json#6 repeatedLanguage',
      'mixed2.json#7 invalidJsonSchema',
    ]);
    expect(report.failed[0]!.error.params).toEqual({ path: 'stories[0].versions[0].lang' });
    // A version with neither a headline field nor a headline block: the reason says where.
    expect(report.failed[2]!.error.params).toEqual({ path: 'stories[6].versions[0].headline' });
    expect(tableCounts(db).versions).toBe(report.counts.imported);
  });

  it('makes the first of two versions marked original the original', () => {
    const report = importSources(db, [json([{ versions: [version('en', 'A', { original: true }), version('de', 'B', { original: true })] }])]);
    const story = getStory(db, report.imported[0]!.story);
    expect(story.versions.filter((v) => v.original).map((v) => v.lang)).toEqual(['en']);
  });
});

describe('where a JSON error is', () => {
  it.each([
    [0, [], 'stories[0]'],
    [2, ['versions', 1, 'lang'], 'stories[2].versions[1].lang'],
    [0, ['versions', 0, 'blocks', 3, 'kind'], 'stories[0].versions[0].blocks[3].kind'],
  ] as const)('story %i at %j is %s', (index, path, expected) => {
    expect(jsonPath(index, path)).toBe(expected);
  });

  it('names a bad block by its index in brackets, as the schema found it', () => {
    const story = JSON.stringify({ versions: [{ lang: 'en', blocks: [{ kind: 'headline', text: 'H' }, { kind: 'poem', text: 'x' }] }] });
    expect(() => parseJsonStory(story, 4)).toThrow(expect.objectContaining({ code: 'invalidJsonSchema', params: { path: 'stories[4].versions[0].blocks[1].kind' } }) as unknown as Error);
  });
});
