// Writing versions into the search index: analyse every word of every block and store the
// resulting forms, column by kind of block (headline, lead, body) so that BM25 can weigh them.
import type { Database } from 'better-sqlite3';
import { analyzerFor } from './analyze';
import { docKey, langCode } from './doc-key';
import { exactForm, foldLatinDiacritics, tokenize, unifyApostrophes, WORD_PATTERN } from './normalize';
import { documentKeys } from './transliterate';

interface Columns {
  head: string[];
  head_x: string[];
  lead: string[];
  lead_x: string[];
  body: string[];
  body_x: string[];
}

type Zone = 'head' | 'lead' | 'body';

function zoneOf(kind: string): Zone {
  if (kind === 'headline') return 'head';
  if (kind === 'lead') return 'lead';
  // The dateline (place and agency) is also searchable as text, so `Kyiv` finds `Київ • УНН`.
  return 'body';
}

/** The index columns of a version's blocks. */
export function indexColumns(blocks: readonly { kind: string; text: string }[], lang: string): Columns {
  const cols: Columns = { head: [], head_x: [], lead: [], lead_x: [], body: [], body_x: [] };
  const analyze = analyzerFor(lang);
  const pattern = new RegExp(WORD_PATTERN.source, WORD_PATTERN.flags);
  for (const block of blocks) {
    const zone = zoneOf(block.kind);
    const exact = cols[zone];
    const expanded = cols[`${zone}_x`];
    const text = unifyApostrophes(block.text);
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const a = analyze(m[0]);
      if (!a.exact) continue;
      exact.push(a.exact);
      for (const f of a.expanded) expanded.push(f);
    }
  }
  return cols;
}

/** Words of an agency or place name: exact and folded forms and keys in both scripts' shapes. */
export function fieldText(value: string | null): string {
  if (!value) return '';
  const out: string[] = [];
  for (const token of tokenize(value)) {
    const exact = exactForm(token.text);
    if (!exact) continue;
    out.push(exact);
    const folded = foldLatinDiacritics(exact);
    if (folded !== exact) out.push(folded);
    out.push(...documentKeys(exact, 'uk'));
  }
  return out.join(' ');
}

interface VersionRow {
  id: number;
  story_id: number;
  lang: string;
  agency: string | null;
  place: string | null;
}

const prepared = new WeakMap<Database, ReturnType<typeof prepare>>();

function statements(db: Database): ReturnType<typeof prepare> {
  let s = prepared.get(db);
  if (!s) prepared.set(db, (s = prepare(db)));
  return s;
}

function prepare(db: Database) {
  return {
    version: db.prepare('SELECT id, story_id, lang, agency, place FROM versions WHERE id = ?'),
    blocks: db.prepare('SELECT kind, text FROM blocks WHERE version_id = ? ORDER BY position'),
    remove: db.prepare('DELETE FROM search_fts WHERE rowid = ?'),
    insert: db.prepare(
      `INSERT INTO search_fts (rowid, head, head_x, lead, lead_x, body, body_x, agency, place)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    unqueue: db.prepare('DELETE FROM search_pending WHERE version_id = ?'),
  };
}

function writeVersion(db: Database, s: ReturnType<typeof statements>, row: VersionRow): void {
  const key = docKey(row.story_id, langCode(db, row.lang));
  const blocks = s.blocks.all(row.id) as { kind: string; text: string }[];
  const c = indexColumns(blocks, row.lang);
  s.remove.run(key);
  s.insert.run(
    key,
    c.head.join(' '),
    c.head_x.join(' '),
    c.lead.join(' '),
    c.lead_x.join(' '),
    c.body.join(' '),
    c.body_x.join(' '),
    fieldText(row.agency),
    fieldText(row.place),
  );
  s.unqueue.run(row.id);
}

/** (Re)indexes one version. Runs inside the caller's transaction when there is one. */
export function indexVersion(db: Database, versionId: number): void {
  const s = statements(db);
  const row = s.version.get(versionId) as VersionRow | undefined;
  if (!row) {
    s.unqueue.run(versionId);
    return;
  }
  writeVersion(db, s, row);
}

/** Indexes versions whose text or fields changed since they were indexed (see migration 002). */
export function reindexPending(db: Database): number {
  const pending = db.prepare('SELECT version_id FROM search_pending').pluck().all() as number[];
  if (pending.length === 0) return 0;
  db.transaction(() => {
    for (const id of pending) indexVersion(db, id);
  })();
  return pending.length;
}

/** Builds the whole index afresh from the stored versions. */
export function rebuildSearchIndex(
  db: Database,
  onProgress?: (done: number, total: number) => void,
): { versions: number } {
  const total = (db.prepare('SELECT COUNT(*) AS n FROM versions').get() as { n: number }).n;
  const run = (): void => {
    db.exec("INSERT INTO search_fts (search_fts) VALUES ('delete-all'); DELETE FROM search_pending;");
    const s = statements(db);
    let done = 0;
    const rows = db.prepare('SELECT id, story_id, lang, agency, place FROM versions ORDER BY id').all() as VersionRow[];
    for (const row of rows) {
      writeVersion(db, s, row);
      done++;
      if (onProgress && done % 1000 === 0) onProgress(done, total);
    }
    db.prepare("UPDATE search_meta SET generation = generation + 1 WHERE id = 1").run();
  };
  if (db.inTransaction) run();
  else db.transaction(run)();
  onProgress?.(total, total);
  return { versions: total };
}

/** Merges the index's segments: smaller and faster after a large import. */
export function optimizeSearchIndex(db: Database): void {
  db.exec("INSERT INTO search_fts (search_fts) VALUES ('optimize')");
}
