// Writing documents into the search index (search_fts, migration 002): one per version, its rowid
// the story and language packed together (doc-key.ts). Statements are prepared once, by whoever
// owns the writer for a connection (the import pipeline, the index maintenance).
import type { Database, Statement } from 'better-sqlite3';
import { DiptychError } from '../../../shared/errors';
import { docKey, LANG_SLOTS } from './doc-key';
import type { IndexDocument } from './index-document';

export class SearchIndexWriter {
  private readonly insert: Statement;
  private readonly remove: Statement;
  private readonly unqueue: Statement;
  private readonly bump: Statement;
  private readonly codeOf: Statement;
  private readonly nextCode: Statement;
  private readonly addCode: Statement;
  /** Language codes seen, so a document costs no lookup; forgotten when a write is rolled back. */
  private codes = new Map<string, number>();

  constructor(db: Database) {
    this.insert = db.prepare(
      `INSERT INTO search_fts (rowid, head, head_x, lead, lead_x, body, body_x, agency, place)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.remove = db.prepare('DELETE FROM search_fts WHERE rowid = ?');
    this.unqueue = db.prepare('DELETE FROM search_pending WHERE version_id = ?');
    this.bump = db.prepare('UPDATE search_meta SET generation = generation + 1 WHERE id = 1');
    this.codeOf = db.prepare('SELECT code FROM search_langs WHERE lang = ?').pluck();
    this.nextCode = db.prepare('SELECT COALESCE(MAX(code) + 1, 0) FROM search_langs').pluck();
    this.addCode = db.prepare('INSERT INTO search_langs (code, lang) VALUES (?, ?)');
  }

  /** The code of a language tag in the index, assigned on first use. */
  langCode(lang: string): number {
    const tag = lang.toLowerCase();
    const known = this.codes.get(tag);
    if (known !== undefined) return known;
    let code = this.codeOf.get(tag) as number | undefined;
    if (code === undefined) {
      code = this.nextCode.get() as number;
      if (code >= LANG_SLOTS) throw new DiptychError('internal', {}, `more than ${LANG_SLOTS} languages in the search index`);
      this.addCode.run(code, tag);
    }
    this.codes.set(tag, code);
    return code;
  }

  /** The document key of a version: its story and its language's code. */
  keyOf(storyId: number, lang: string): number {
    return docKey(storyId, this.langCode(lang));
  }

  /**
   * Adds the documents of versions just stored, in key order. FTS5 writes the terms it holds in
   * memory out as a new segment whenever a document's rowid is not above the last one's, so in the
   * order they came (a story's Ukrainian version before its English one, whose language code is
   * lower) nearly every story would cost a segment and the merges after it: a third more CPU for
   * the index. Each (story, language) is new, so no document can be there yet: a delete first
   * would cost half as much again as the insert.
   */
  addAll(docs: readonly { storyId: number; lang: string; doc: IndexDocument }[]): void {
    const keyed = docs.map((d) => ({ key: this.keyOf(d.storyId, d.lang), doc: d.doc }));
    keyed.sort((a, b) => a.key - b.key);
    for (const { key, doc } of keyed) this.insertDoc(key, doc);
  }

  /** Replaces a version's document (its text or fields changed, or the analyzer did). */
  replace(versionId: number, storyId: number, lang: string, doc: IndexDocument): void {
    const key = this.keyOf(storyId, lang);
    this.remove.run(key);
    this.insertDoc(key, doc);
    this.unqueue.run(versionId);
  }

  private insertDoc(key: number, doc: IndexDocument): void {
    this.insert.run(key, doc.head, doc.head_x, doc.lead, doc.lead_x, doc.body, doc.body_x, doc.agency, doc.place);
  }

  /** Drops a pending entry whose version no longer exists. */
  unqueueMissing(versionId: number): void {
    this.unqueue.run(versionId);
  }

  /** Tells every connection's search cache (doc-cache.ts) that documents changed: once a commit. */
  documentsChanged(): void {
    this.bump.run();
  }

  /** After a rollback: a code assigned inside it is gone. */
  forgetCachedCodes(): void {
    this.codes = new Map();
  }
}
