// Reading and writing stories, versions and blocks: plain SQL, nothing else happens behind it
// (the import pipeline indexes and queues alignment itself). Readers take the database first;
// writers take a StoryStatements, prepared once per connection by whoever writes.
import type { Database, Statement } from 'better-sqlite3';
import { DiptychError } from '../../../shared/errors';
import type {
  ArchiveStats,
  Block,
  BlockKind,
  Provenance,
  Story,
  StoryKind,
  StorySummary,
  StoryVersion,
  VersionMeta,
} from '../../../shared/model';
import type { StoryPage } from '../../../shared/api/library';
import type { ParsedBlock } from '../import/parsed';

/**
 * A version to store: its metadata as read (ids and import time are the archive's to give). Its
 * text comes composed (NFC) from the pipeline's analyze step (pipeline/prepare.ts), which hashed
 * and indexed that same text: it is stored as it comes, not composed a second time.
 */
export type NewVersion = Omit<VersionMeta, 'id' | 'storyId' | 'importedAt'> & {
  blocks: readonly ParsedBlock[];
};

/** The highest story id ever given, kept once the newest story is deleted. */
const LAST_STORY_ID_KEY = 'stories.lastId';

const now = (): string => new Date().toISOString();

/** The statements that store stories, versions and blocks, prepared once per connection. */
export class StoryStatements {
  readonly createStory: Statement;
  readonly touchStory: Statement;
  readonly hasOriginal: Statement;
  readonly demoteOriginal: Statement;
  readonly insertVersion: Statement;
  readonly insertBlock: Statement;
  readonly versionByHash: Statement;

  constructor(readonly db: Database) {
    // Ids are never reused, even after the newest story was deleted: a script or a note that
    // names story 42 must not find another story there later (see deleteStory).
    this.createStory = db.prepare(
      `INSERT INTO stories (id, group_key, created_at, updated_at) VALUES (
         MAX(IFNULL((SELECT MAX(id) FROM stories), 0),
             IFNULL((SELECT CAST(value AS INTEGER) FROM settings WHERE key = '${LAST_STORY_ID_KEY}'), 0)) + 1,
         ?, ?, ?)`,
    );
    this.touchStory = db.prepare('UPDATE stories SET updated_at = ? WHERE id = ?');
    this.hasOriginal = db.prepare('SELECT 1 FROM versions WHERE story_id = ? AND is_original = 1').pluck();
    this.demoteOriginal = db.prepare('UPDATE versions SET is_original = 0 WHERE story_id = ? AND is_original = 1');
    this.insertVersion = db.prepare(
      `INSERT INTO versions (story_id, lang, is_original, provenance, headline, agency, place,
         published_at, url, source_file, content_hash, imported_at)
       VALUES (@storyId, @lang, @original, @provenance, @headline, @agency, @place,
         @publishedAt, @url, @sourceFile, @contentHash, @importedAt)`,
    );
    this.insertBlock = db.prepare('INSERT INTO blocks (version_id, position, kind, text) VALUES (?, ?, ?, ?)');
    // By the indexed prefix (migration 012), then the whole hash.
    this.versionByHash = db.prepare('SELECT id, story_id FROM versions WHERE hash_prefix = substr(@hash, 1, 16) AND content_hash = @hash');
  }
}

export function createStory(s: StoryStatements, groupKey: string | null = null, at = now()): number {
  return Number(s.createStory.run(groupKey, at, at).lastInsertRowid);
}

export function storyExists(db: Database, storyId: number): boolean {
  return db.prepare('SELECT 1 FROM stories WHERE id = ?').get(storyId) !== undefined;
}

/** Marks a story as changed: once per story a write touches, not once per version. */
export function touchStory(s: StoryStatements, storyId: number, at = now()): void {
  s.touchStory.run(at, storyId);
}

/**
 * Stores a version and its blocks in `storyId` (call inside a transaction). A second version in
 * the story's language is refused; a new original demotes the old one.
 */
export function insertVersion(s: StoryStatements, storyId: number, v: NewVersion, at = now()): number {
  if (v.original) s.demoteOriginal.run(storyId);
  let info;
  try {
    info = s.insertVersion.run({
      storyId,
      lang: v.lang,
      original: v.original ? 1 : 0,
      provenance: v.provenance,
      headline: v.headline,
      agency: v.agency,
      place: v.place,
      publishedAt: v.publishedAt,
      url: v.url,
      sourceFile: v.sourceFile,
      contentHash: v.contentHash,
      importedAt: at,
    });
  } catch (e) {
    // UNIQUE (story_id, lang): said in the reader's terms rather than SQLite's.
    if (/UNIQUE constraint failed: versions\.story_id, versions\.lang/u.test((e as Error).message)) {
      throw new DiptychError('duplicateLanguage', { lang: v.lang, story: storyId });
    }
    throw e;
  }
  const versionId = Number(info.lastInsertRowid);
  for (let i = 0; i < v.blocks.length; i++) s.insertBlock.run(versionId, i, v.blocks[i]!.kind, v.blocks[i]!.text);
  return versionId;
}

/** Deletes a story with all its versions, blocks, alignments and index entries (by cascade). */
export function deleteStory(db: Database, storyId: number): { versions: number } {
  return db.transaction(() => {
    const versions = (db.prepare('SELECT COUNT(*) AS n FROM versions WHERE story_id = ?').get(storyId) as { n: number }).n;
    const info = db.prepare('DELETE FROM stories WHERE id = ?').run(storyId);
    if (info.changes === 0) throw new DiptychError('notFound', { id: storyId });
    db.prepare(
      `INSERT INTO settings (key, value) VALUES ('${LAST_STORY_ID_KEY}', ?)
       ON CONFLICT (key) DO UPDATE SET value = MAX(CAST(value AS INTEGER), excluded.value)`,
    ).run(storyId);
    return { versions };
  })();
}

export function findVersionByHash(s: StoryStatements, hash: string): { storyId: number; versionId: number } | undefined {
  const row = s.versionByHash.get({ hash }) as { id: number; story_id: number } | undefined;
  return row ? { storyId: row.story_id, versionId: row.id } : undefined;
}

export function storyHasOriginal(s: StoryStatements, storyId: number): boolean {
  return s.hasOriginal.get(storyId) !== undefined;
}

interface VersionRow {
  id: number;
  story_id: number;
  lang: string;
  is_original: number;
  provenance: Provenance;
  headline: string;
  agency: string | null;
  place: string | null;
  published_at: string | null;
  url: string | null;
  source_file: string | null;
  content_hash: string;
  imported_at: string;
}

function toVersionMeta(r: VersionRow): VersionMeta {
  return {
    id: r.id,
    storyId: r.story_id,
    lang: r.lang,
    original: r.is_original === 1,
    provenance: r.provenance,
    headline: r.headline,
    agency: r.agency,
    place: r.place,
    publishedAt: r.published_at,
    url: r.url,
    sourceFile: r.source_file,
    contentHash: r.content_hash,
    importedAt: r.imported_at,
  };
}

export function getVersionBlocks(db: Database, versionId: number): Block[] {
  const rows = db
    .prepare('SELECT position, kind, text FROM blocks WHERE version_id = ? ORDER BY position')
    .all(versionId) as { position: number; kind: BlockKind; text: string }[];
  return rows.map((r) => ({ index: r.position, kind: r.kind, text: r.text }));
}

export function getVersion(db: Database, versionId: number): StoryVersion {
  const row = db.prepare('SELECT * FROM versions WHERE id = ?').get(versionId) as
    | VersionRow
    | undefined;
  if (!row) throw new DiptychError('notFound', { id: versionId });
  return { ...toVersionMeta(row), blocks: getVersionBlocks(db, versionId) };
}

export function getStory(db: Database, storyId: number): Story {
  const story = db
    .prepare('SELECT id, kind, created_at, updated_at FROM stories WHERE id = ?')
    .get(storyId) as { id: number; kind: StoryKind; created_at: string; updated_at: string } | undefined;
  if (!story) throw new DiptychError('notFound', { id: storyId });
  const versions = db
    .prepare('SELECT * FROM versions WHERE story_id = ? ORDER BY is_original DESC, lang')
    .all(storyId) as VersionRow[];
  const tags = db
    .prepare(
      `SELECT t.name FROM story_tags st JOIN tags t ON t.id = st.tag_id
       WHERE st.story_id = ? ORDER BY t.name`,
    )
    .all(storyId) as { name: string }[];
  return {
    id: story.id,
    kind: story.kind,
    createdAt: story.created_at,
    updatedAt: story.updated_at,
    tags: tags.map((t) => t.name),
    versions: versions.map((v) => ({ ...toVersionMeta(v), blocks: getVersionBlocks(db, v.id) })),
  };
}

// The guide's stories come after the reader's own in every order. Stories without a publication
// date sort by when they were added.
const ORDER_SQL = {
  newest: "s.kind = 'guide', COALESCE(MAX(v.published_at), s.created_at) DESC, s.id DESC",
  oldest: "s.kind = 'guide', COALESCE(MIN(v.published_at), s.created_at) ASC, s.id ASC",
  recentlyAdded: "s.kind = 'guide', s.created_at DESC, s.id DESC",
} as const;

export interface ListOptions {
  offset: number;
  limit: number;
  order: keyof typeof ORDER_SQL;
  /** Only these stories (those a filter kept); every story when absent. */
  only?: readonly number[];
}

export function listStories(db: Database, options: ListOptions): StoryPage {
  const only = options.only ? JSON.stringify(options.only) : null;
  const where = only === null ? '' : 'WHERE s.id IN (SELECT value FROM json_each(@only))';
  const total = only === null ? (db.prepare('SELECT COUNT(*) AS n FROM stories').get() as { n: number }).n : (options.only?.length ?? 0);
  const ids = db
    .prepare(
      `SELECT s.id, s.kind, s.updated_at FROM stories s LEFT JOIN versions v ON v.story_id = s.id ${where}
       GROUP BY s.id ORDER BY ${ORDER_SQL[options.order]} LIMIT @limit OFFSET @offset`,
    )
    .all({ limit: options.limit, offset: options.offset, ...(only === null ? {} : { only }) }) as {
    id: number;
    kind: StoryKind;
    updated_at: string;
  }[];
  const versionsOf = db.prepare(
    `SELECT id, lang, is_original, headline, agency, place, published_at FROM versions
     WHERE story_id = ? ORDER BY is_original DESC, lang`,
  );
  const stories: StorySummary[] = ids.map(({ id, kind, updated_at }) => ({
    id,
    kind,
    updatedAt: updated_at,
    versions: (versionsOf.all(id) as VersionRow[]).map((v) => ({
      id: v.id,
      lang: v.lang,
      original: v.is_original === 1,
      headline: v.headline,
      agency: v.agency,
      place: v.place,
      publishedAt: v.published_at,
    })),
  }));
  return { total, stories };
}

/** How many of `storyIds` carry each tag, most used first. */
export function tagCounts(db: Database, storyIds: readonly number[]): { value: string; count: number }[] {
  return db
    .prepare(
      `SELECT t.name AS value, COUNT(*) AS count FROM story_tags st JOIN tags t ON t.id = st.tag_id
       WHERE st.story_id IN (SELECT value FROM json_each(?)) GROUP BY t.id ORDER BY count DESC, t.name LIMIT 50`,
    )
    .all(JSON.stringify(storyIds)) as { value: string; count: number }[];
}

export function archiveStats(db: Database): ArchiveStats {
  const count = (sql: string): number => (db.prepare(sql).get() as { n: number }).n;
  const languages = db
    .prepare('SELECT lang, COUNT(*) AS versions FROM versions GROUP BY lang ORDER BY versions DESC, lang')
    .all() as { lang: string; versions: number }[];
  const pageCount = db.pragma('page_count', { simple: true }) as number;
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  return {
    stories: count('SELECT COUNT(*) AS n FROM stories'),
    versions: count('SELECT COUNT(*) AS n FROM versions'),
    blocks: count('SELECT COUNT(*) AS n FROM blocks'),
    languages,
    guideStories: count("SELECT COUNT(*) AS n FROM stories WHERE kind = 'guide'"),
    databaseBytes: pageCount * pageSize,
  };
}

/** SQLite binds at most 32,766 values a statement; a page of ids stays well under. */
const IN_CHUNK = 900;

function inChunks<T>(ids: readonly number[], read: (chunk: readonly number[]) => T[]): T[] {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += IN_CHUNK) out.push(...read(ids.slice(i, i + IN_CHUNK)));
  return out;
}

/** The ids among `storyIds` that are in the archive (one query per page, not one per id). */
export function existingStoryIds(db: Database, storyIds: readonly number[]): Set<number> {
  const rows = inChunks(storyIds, (chunk) =>
    db.prepare(`SELECT id FROM stories WHERE id IN (${chunk.map(() => '?').join(',')})`).pluck().all(...chunk) as number[],
  );
  return new Set(rows);
}

/** The versions (without blocks) of a page of stories, each story's original first. */
export function versionsOfStories(db: Database, storyIds: readonly number[]): Map<number, VersionMeta[]> {
  const rows = inChunks(storyIds, (chunk) =>
    db
      .prepare(`SELECT * FROM versions WHERE story_id IN (${chunk.map(() => '?').join(',')}) ORDER BY story_id, is_original DESC, id`)
      .all(...chunk) as VersionRow[],
  );
  const byStory = new Map<number, VersionMeta[]>();
  for (const r of rows) {
    const list = byStory.get(r.story_id) ?? [];
    if (list.length === 0) byStory.set(r.story_id, list);
    list.push(toVersionMeta(r));
  }
  return byStory;
}

/** The blocks of a page of versions, in order. */
export function blocksOfVersions(db: Database, versionIds: readonly number[]): Map<number, Block[]> {
  const rows = inChunks(versionIds, (chunk) =>
    db
      .prepare(`SELECT version_id, position, kind, text FROM blocks WHERE version_id IN (${chunk.map(() => '?').join(',')}) ORDER BY version_id, position`)
      .all(...chunk) as { version_id: number; position: number; kind: BlockKind; text: string }[],
  );
  const byVersion = new Map<number, Block[]>(versionIds.map((id) => [id, []]));
  for (const r of rows) byVersion.get(r.version_id)?.push({ index: r.position, kind: r.kind, text: r.text });
  return byVersion;
}

export function countStories(db: Database): number {
  return db.prepare('SELECT COUNT(*) FROM stories').pluck().get() as number;
}

/** Up to `limit` story ids above `afterId`, ascending: paging through every story. */
export function storyIdsAfter(db: Database, afterId: number, limit: number): number[] {
  return db.prepare('SELECT id FROM stories WHERE id > ? ORDER BY id LIMIT ?').pluck().all(afterId, limit) as number[];
}
