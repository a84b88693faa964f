// Storing parsed versions: recognising duplicates (same content, or same URL in the same
// language), finding the story each belongs to (options, file-name group, declared links), and
// writing each version atomically. Versions of one story in one file share a transaction.
import type { Database } from 'better-sqlite3';
import { DiptychError, toApiError } from '../../../shared/errors';
import type { Provenance } from '../../../shared/model';
import { contentHash } from '../stories/content-hash';
import { createStory, findVersionByHash, insertVersion, storyExists, storyHasOriginal } from '../stories/repository';
import { detectLanguage, normalizeLangTag } from './detect-language';
import { parseFileName } from './file-name';
import type { ParsedVersion } from './parsed';
import { addToReport, type ImportReport } from './import-report';
import { storeLinks, storyByLinks, versionAtUrl, normalizeUrl } from './version-links';
import { WriteBatches } from './write-batches';

export interface StoreOptions {
  /** Language of every version, overriding what files declare and what detection finds. */
  lang?: string;
  /** Add the versions to this existing story. */
  translationOf?: number;
  /** Language of the original among the versions (otherwise the first one of a new story). */
  originalLang?: string;
  provenance?: Provenance;
}

export interface PreparedVersion {
  file: string;
  parsed: ParsedVersion;
  lang: string;
  groupKey: string;
  hash: string;
  /** This file as a `translation_of` may name it (folder and NAME of NAME.LANG.ext). */
  selfKey?: string;
  /** The file this one's `translation_of` names, in the same form. */
  ofKey?: string | null;
}

/** Group keys remembered at most: enough for any folder's interleaving, bounded for 100k files. */
const GROUP_MEMORY = 20_000;

/** Language, group and identity of each parsed version of one file. */
export function prepareVersions(
  file: string,
  parsedVersions: readonly ParsedVersion[],
  override: string | null,
  itemLabel = parsedVersions.length > 1,
): PreparedVersion[] {
  const name = parseFileName(file);
  const dir = file.slice(0, Math.max(0, file.length - (file.split(/[\\/]/u).pop() ?? '').length));
  return parsedVersions.map((parsed, i) => {
    const declared = parsed.lang ? normalizeLangTag(parsed.lang) : null;
    const lang = override ?? name.lang ?? declared ?? detectLanguage(textOf(parsed)).lang;
    if (!lang) throw new DiptychError('unknownLanguage', { lang: '?' });
    // translation_of naming another file (not a URL, not a story id) joins that file's group.
    const of = parsed.translationOf?.trim();
    const ofName = of && !normalizeUrl(of) && !/^\d+$/u.test(of) ? parseFileName(of).stem : null;
    const groupKey = parsed.groupKey
      ? `${file}#${parsed.groupKey}`
      : ofName
        ? `${dir}${ofName}`
        : parsedVersions.length > 1
          ? `${file}#${i}`
          : `${dir}${name.stem}`;
    return {
      file: itemLabel ? `${file}#${i + 1}` : file,
      parsed,
      lang,
      groupKey,
      hash: contentHash(parsed.blocks),
      selfKey: `${dir}${name.stem}`,
      ofKey: ofName ? `${dir}${ofName}` : null,
    };
  });
}

function textOf(parsed: ParsedVersion): string {
  return parsed.blocks.map((b) => b.text).join('\n');
}

export class VersionStore {
  private readonly storyOfGroup = new Map<string, number>();
  /** Versions made original only because their story had none yet (they declare a translation). */
  private readonly standIns = new Set<number>();
  /** Per story with a stand-in: what its versions declared they translate (file keys, URLs). */
  private readonly declaredTargets = new Map<number, Set<string>>();
  private readonly addTag;
  private readonly tagId;
  private readonly linkTag;
  readonly batches: WriteBatches;

  constructor(
    private readonly db: Database,
    private readonly options: StoreOptions,
    private readonly report: ImportReport,
  ) {
    this.batches = new WriteBatches(db, report);
    if (options.translationOf !== undefined && !storyExists(db, options.translationOf)) {
      throw new DiptychError('notFound', { id: options.translationOf });
    }
    this.addTag = db.prepare('INSERT OR IGNORE INTO tags (name) VALUES (?)');
    this.tagId = db.prepare('SELECT id FROM tags WHERE name = ?');
    this.linkTag = db.prepare('INSERT OR IGNORE INTO story_tags (story_id, tag_id) VALUES (?, ?)');
  }

  /**
   * Stores versions that belong together (one file, or one story of a file) in one transaction.
   * `whole`: all of them or none (a JSON story); the first failure is thrown, nothing reported.
   */
  store(versions: readonly PreparedVersion[], whole = false): void {
    if (versions.length === 0) return;
    if (whole) {
      this.storeWhole(versions);
      return;
    }
    const run = (): void => {
      for (const p of versions) {
        try {
          // Each version is its own savepoint: one that fails leaves no trace, the rest land.
          this.db.transaction(() => this.storeOne(p))();
        } catch (e) {
          addToReport(this.report, 'failed', { file: p.file, error: toApiError(e) });
        }
      }
    };
    this.batches.enter();
    try {
      if (versions.length === 1) run();
      else this.db.transaction(run)();
    } finally {
      this.batches.leave();
    }
  }

  private storeWhole(versions: readonly PreparedVersion[]): void {
    const { report } = this;
    const before = {
      counts: { ...report.counts },
      lengths: { imported: report.imported.length, duplicates: report.duplicates.length, failed: report.failed.length },
    };
    this.batches.enter();
    try {
      this.db.transaction(() => {
        for (const p of versions) this.storeOne(p);
      })();
    } catch (e) {
      // Rolled back: the report and the remembered groups forget what was written.
      report.counts = before.counts;
      report.imported.length = before.lengths.imported;
      report.duplicates.length = before.lengths.duplicates;
      report.failed.length = before.lengths.failed;
      for (const p of versions) this.storyOfGroup.delete(p.groupKey);
      throw e;
    } finally {
      this.batches.leave();
    }
  }

  private declareTarget(storyId: number, p: PreparedVersion): void {
    const targets = this.declaredTargets.get(storyId) ?? new Set<string>();
    if (p.ofKey) targets.add(`file:${p.ofKey}`);
    const url = p.parsed.translationOf ? normalizeUrl(p.parsed.translationOf) : null;
    if (url) targets.add(`url:${url}`);
    this.declaredTargets.set(storyId, targets);
  }

  /** Whether a version of the story declared that it translates this one (by file or URL). */
  private isDeclaredTarget(storyId: number, p: PreparedVersion): boolean {
    const targets = this.declaredTargets.get(storyId);
    const url = p.parsed.url ? normalizeUrl(p.parsed.url) : null;
    if (targets && ((p.selfKey && targets.has(`file:${p.selfKey}`)) || (url && targets.has(`url:${url}`)))) return true;
    if (!url) return false;
    return (
      this.db
        .prepare(
          `SELECT 1 FROM version_links l JOIN versions v ON v.id = l.version_id
           WHERE v.story_id = ? AND l.rel = 'translationOf' AND l.url = ? LIMIT 1`,
        )
        .get(storyId, url) !== undefined
    );
  }

  /** The story's original only stands in: it declares itself a translation of another version. */
  private originalIsStandIn(storyId: number): boolean {
    const row = this.db
      .prepare(
        `SELECT v.id AS id, EXISTS (SELECT 1 FROM version_links l WHERE l.version_id = v.id AND l.rel = 'translationOf') AS declares
         FROM versions v WHERE v.story_id = ? AND v.is_original = 1`,
      )
      .get(storyId) as { id: number; declares: number } | undefined;
    return !!row && (this.standIns.has(row.id) || row.declares === 1);
  }

  private remember(groupKey: string, storyId: number): void {
    if (this.storyOfGroup.size >= GROUP_MEMORY) {
      const oldest = this.storyOfGroup.keys().next().value;
      if (oldest !== undefined) this.storyOfGroup.delete(oldest);
    }
    this.storyOfGroup.set(groupKey, storyId);
  }

  private storeOne(p: PreparedVersion): void {
    const { db, options } = this;
    const sameContent = findVersionByHash(db, p.hash);
    const sameUrl = sameContent ? undefined : versionAtUrl(db, p.parsed.url, p.lang);
    if (sameContent || sameUrl) {
      const story = sameContent?.storyId ?? sameUrl!.story;
      addToReport(this.report, 'duplicates', { file: p.file, story, lang: p.lang, by: sameContent ? 'content' : 'url' });
      if (!this.storyOfGroup.has(p.groupKey)) this.remember(p.groupKey, story);
      return;
    }
    const links = {
      self: p.parsed.url,
      alternates: p.parsed.alternates ?? [],
      translationOf: p.parsed.translationOf && normalizeUrl(p.parsed.translationOf) ? p.parsed.translationOf : null,
    };
    const declaredStory = /^\d+$/u.test(p.parsed.translationOf?.trim() ?? '') ? Number(p.parsed.translationOf) : undefined;
    const storyId =
      options.translationOf ??
      this.storyOfGroup.get(p.groupKey) ??
      (declaredStory !== undefined && storyExists(db, declaredStory) ? declaredStory : undefined) ??
      storyByLinks(db, links) ??
      createStory(db, p.groupKey);
    const declaresTranslation = !!p.parsed.translationOf || p.parsed.original === false;
    const hasOriginal = storyHasOriginal(db, storyId);
    // Every story has an original. With --original, the named language is it; a version that
    // declares itself a translation stands in while its story has none (translation_of naming a
    // story or URL that is not here, or not yet), and the version it names takes over on arrival.
    const original =
      options.originalLang !== undefined
        ? p.lang === normalizeLangTag(options.originalLang) || !hasOriginal
        : p.parsed.original === true ||
          !hasOriginal ||
          (!declaresTranslation && this.isDeclaredTarget(storyId, p) && this.originalIsStandIn(storyId));
    const versionId = insertVersion(db, storyId, {
      lang: p.lang,
      original,
      provenance: options.provenance ?? p.parsed.provenance ?? 'official',
      headline: p.parsed.headline,
      agency: p.parsed.agency,
      place: p.parsed.place,
      publishedAt: p.parsed.publishedAt,
      url: p.parsed.url,
      sourceFile: p.file,
      contentHash: p.hash,
      blocks: p.parsed.blocks,
    });
    storeLinks(db, versionId, p.lang, links);
    if (original && declaresTranslation && options.originalLang === undefined) {
      this.standIns.add(versionId);
      this.declareTarget(storyId, p);
    } else if (declaresTranslation && this.declaredTargets.has(storyId)) {
      this.declareTarget(storyId, p);
    }
    for (const tag of p.parsed.tags ?? []) {
      this.addTag.run(tag);
      const row = this.tagId.get(tag) as { id: number } | undefined;
      if (row) this.linkTag.run(storyId, row.id);
    }
    this.remember(p.groupKey, storyId);
    addToReport(this.report, 'imported', { file: p.file, story: storyId, version: versionId, lang: p.lang });
  }
}
