// No query class reads a big table whole: every statement a search runs is planned as an index
// search (or an FTS5 MATCH), asserted through EXPLAIN QUERY PLAN. The document cache's one read of
// every version is made once per change of the archive, not per query, and is checked as such.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import { search } from '../../src/main/core/search/search';
import { addStory } from './helpers';
import { memoryArchive } from '../support/archive';
import { searching } from '../support/searching';

const CLASSES: [string, string][] = [
  ['common word', 'government'],
  ['rare word', 'Klitschko'],
  ['two words', 'energy minister'],
  ['phrase', '"energy minister"'],
  ['prefix', 'minis*'],
  ['with a date filter', 'minister after:2022-01-01'],
  ['with a language filter', 'minister lang:uk'],
  ['with an agency filter', 'minister agency:UNN'],
  ['with a tag filter', 'minister tag:energy'],
  ['title only', 'title:minister'],
  ['Cyrillic', 'уряд'],
  ['Latin to Cyrillic', 'Shmyhal lang:uk'],
  ['older spelling', 'Kiev'],
  ['country name', 'India'],
  ['oldest first', 'minister'],
];

/** The connection seen through a proxy that records every statement prepared through it. */
function recording(db: Database): { db: Database; sql: string[] } {
  const sql: string[] = [];
  const proxy = new Proxy(db, {
    get(target, prop) {
      if (prop === 'prepare') return (text: string) => (sql.push(text), target.prepare(text));
      const value = Reflect.get(target, prop) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { db: proxy, sql };
}

/** Tables whose size grows with the archive. */
const BIG = ['stories', 'versions', 'blocks', 'alignments', 'alignment_groups', 'story_tags', 'search_fts', 'version_links'];
const CACHE_BUILD = /FROM versions v JOIN stories s/u;

/** Table of each name a statement gives one (`FROM story_tags st`): plans speak of aliases. */
function tablesByName(sql: string): Map<string, string> {
  const names = new Map<string, string>();
  for (const m of sql.matchAll(/\b(?:FROM|JOIN)\s+(\w+)(?:\s+(?:AS\s+)?(\w+))?/giu)) {
    const table = m[1] as string;
    names.set(table, table);
    const alias = m[2];
    if (alias && !/^(WHERE|JOIN|ON|ORDER|GROUP|LIMIT|LEFT|INNER|CROSS|USING)$/iu.test(alias)) names.set(alias, table);
  }
  return names;
}

function fullScans(db: Database, sql: string): string[] {
  const params = (sql.match(/\?/gu) ?? []).map(() => null);
  const plan = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[];
  const tables = tablesByName(sql);
  return plan
    .map((p) => p.detail)
    .filter((d) => {
      const m = /^SCAN (\w+)/u.exec(d);
      if (!m || !BIG.includes(tables.get(m[1] as string) ?? (m[1] as string))) return false;
      // FTS5 answers MATCH from its own index: planned as a scan of the virtual table with a MATCH constraint.
      return !/VIRTUAL TABLE INDEX \d+:M/u.test(d);
    });
}

describe('query plans', () => {
  let db: Database;
  beforeAll(() => {
    db = memoryArchive();
    addStory(db, [
      { lang: 'uk', agency: 'УНН', publishedAt: '2024-03-01', blocks: ['Уряд ухвалив рішення', 'Денис Шмигаль і міністр енергетики у Києві.'] },
      { lang: 'en', agency: 'UNN', publishedAt: '2024-03-01', blocks: ['The government decided', 'Shmyhal and the energy minister in Kiev and India.'] },
    ]);
  });
  afterAll(() => db.close());

  it.each(CLASSES)('%s (%s) reads no big table whole', (label, query) => {
    const seen = recording(db);
    search(searching(seen.db), query, { sort: label === 'oldest first' ? 'oldest' : 'relevance' });
    const perQuery = seen.sql.filter((s) => !CACHE_BUILD.test(s));
    expect(perQuery.length).toBeGreaterThan(0);
    const scans = perQuery.map((s) => ({ sql: s.replace(/\s+/gu, ' ').trim(), scans: fullScans(db, s) })).filter((s) => s.scans.length > 0);
    expect(scans).toEqual([]);
  });

  it('reads every version only to build the document cache, once per change of the archive', () => {
    const seen = recording(db);
    search(searching(seen.db), 'government');
    search(searching(seen.db), 'minister');
    search(searching(seen.db), 'Kiev lang:en');
    expect(seen.sql.filter((s) => CACHE_BUILD.test(s))).toHaveLength(1);
  });
});
