// Importing files into the archive: read, parse, work out language and story, then store each
// file in its own transaction, so a file that fails leaves no trace and the others still land.
import type { Database } from 'better-sqlite3';
import { readFileSync, statSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DiptychError, toApiError, type ApiError } from '../../../shared/errors';
import type { Provenance } from '../../../shared/model';
import { contentHash } from '../stories/content-hash';
import {
  createStory,
  findVersionByHash,
  insertVersion,
  storyExists,
  storyHasOriginal,
} from '../stories/repository';
import { detectLanguage, normalizeLangTag } from './detect-language';
import { parseFileName } from './file-name';
import { formatFor } from './formats';
import type { ParsedVersion } from './parsed';

/** Larger files are refused before they are read: no news story is this long. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export interface ImportOptions {
  /** Language of every file, overriding what files declare and what detection finds. */
  lang?: string;
  /** Add the versions to this existing story. */
  translationOf?: number;
  /** Language of the original among the versions (otherwise the first one of a new story). */
  originalLang?: string;
  provenance?: Provenance;
  signal?: AbortSignal;
  onProgress?: (progress: { done: number; total: number; file: string }) => void;
}

export interface ImportSource {
  /** Shown in reports: the path as the user gave it. */
  name: string;
  bytes: Uint8Array;
}

export interface ImportReport {
  imported: { file: string; story: number; version: number; lang: string }[];
  duplicates: { file: string; story: number; lang: string }[];
  failed: { file: string; error: ApiError }[];
}

export function emptyReport(): ImportReport {
  return { imported: [], duplicates: [], failed: [] };
}

/** Reads the files (and, recursively, folders) at `paths` and imports them. */
export function importPaths(db: Database, paths: readonly string[], options: ImportOptions = {}): ImportReport {
  const report = emptyReport();
  const sources: ImportSource[] = [];
  for (const path of expandPaths(paths, report)) {
    try {
      const size = statSync(path).size;
      if (size > MAX_FILE_BYTES) throw new DiptychError('fileTooLarge', { limitMb: MAX_FILE_BYTES >> 20 });
      sources.push({ name: path, bytes: readFileSync(path) });
    } catch (e) {
      report.failed.push({ file: path, error: readError(e, path) });
    }
  }
  const result = importSources(db, sources, options);
  return {
    imported: result.imported,
    duplicates: result.duplicates,
    failed: [...report.failed, ...result.failed],
  };
}

function readError(e: unknown, path: string): ApiError {
  if (e instanceof DiptychError) return toApiError(e);
  return { code: 'fileUnreadable', params: { file: path }, detail: (e as Error).message };
}

function expandPaths(paths: readonly string[], report: ImportReport): string[] {
  const out: string[] = [];
  const walk = (path: string, depth: number): void => {
    let isDir = false;
    try {
      isDir = statSync(path).isDirectory();
    } catch (e) {
      report.failed.push({ file: path, error: readError(e, path) });
      return;
    }
    if (!isDir) {
      out.push(path);
      return;
    }
    if (depth > 32) return;
    for (const entry of readdirSync(path).sort()) {
      if (entry.startsWith('.')) continue;
      walk(join(path, entry), depth + 1);
    }
  };
  for (const p of paths) walk(p, 0);
  return out;
}

interface PreparedVersion {
  file: string;
  parsed: ParsedVersion;
  lang: string;
  groupKey: string;
  hash: string;
}

/** Parses every source, then stores what parsed. Sources are bytes, so tests need no files. */
export function importSources(
  db: Database,
  sources: readonly ImportSource[],
  options: ImportOptions = {},
): ImportReport {
  const report = emptyReport();
  const override = options.lang !== undefined ? requireLang(options.lang) : null;
  if (options.translationOf !== undefined && !storyExists(db, options.translationOf)) {
    throw new DiptychError('notFound', { id: options.translationOf });
  }
  const prepared: PreparedVersion[] = [];
  for (const source of sources) {
    try {
      prepared.push(...prepareSource(source, override));
    } catch (e) {
      report.failed.push({ file: source.name, error: toApiError(e) });
    }
  }
  // Versions of one story arrive together: one story per group key in this import.
  const storyOfGroup = new Map<string, number>();
  if (options.translationOf !== undefined) {
    for (const p of prepared) storyOfGroup.set(p.groupKey, options.translationOf);
  }
  const total = prepared.length;
  prepared.forEach((p, done) => {
    if (options.signal?.aborted) {
      report.failed.push({ file: p.file, error: { code: 'cancelled' } });
      return;
    }
    options.onProgress?.({ done, total, file: p.file });
    try {
      const existing = findVersionByHash(db, p.hash);
      if (existing) {
        report.duplicates.push({ file: p.file, story: existing.storyId, lang: p.lang });
        if (!storyOfGroup.has(p.groupKey)) storyOfGroup.set(p.groupKey, existing.storyId);
        return;
      }
      const stored = db.transaction(() => {
        const known = storyOfGroup.get(p.groupKey);
        const storyId = known ?? createStory(db, p.groupKey);
        const original =
          options.originalLang !== undefined
            ? p.lang === normalizeLangTag(options.originalLang)
            : (p.parsed.original ?? !storyHasOriginal(db, storyId));
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
        return { storyId, versionId };
      })();
      storyOfGroup.set(p.groupKey, stored.storyId);
      report.imported.push({ file: p.file, story: stored.storyId, version: stored.versionId, lang: p.lang });
    } catch (e) {
      report.failed.push({ file: p.file, error: toApiError(e) });
    }
  });
  options.onProgress?.({ done: total, total, file: '' });
  return report;
}

function requireLang(tag: string): string {
  const lang = normalizeLangTag(tag);
  if (!lang) throw new DiptychError('unknownLanguage', { lang: tag });
  return lang;
}

function prepareSource(source: ImportSource, override: string | null): PreparedVersion[] {
  const format = formatFor(source.name);
  const name = parseFileName(source.name);
  const parsedVersions = format.parse(source.bytes, source.name);
  if (parsedVersions.length === 0) throw new DiptychError('notAStory', { reason: 'empty' });
  return parsedVersions.map((parsed, i) => {
    const declared = parsed.lang ? normalizeLangTag(parsed.lang) : null;
    const lang = override ?? name.lang ?? declared ?? detectLanguage(textOf(parsed)).lang;
    if (!lang) throw new DiptychError('unknownLanguage', { lang: '?' });
    // A file holding many stories (a feed, a JSON export) groups by what each item declares.
    const groupKey =
      parsed.groupKey ?? (parsedVersions.length > 1 ? `${name.stem}#${i}` : name.stem);
    return { file: source.name, parsed, lang, groupKey, hash: contentHash(parsed.blocks) };
  });
}

function textOf(parsed: ParsedVersion): string {
  return parsed.blocks.map((b) => b.text).join('\n');
}
