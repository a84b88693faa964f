// The addresses versions declare (their own, their hreflang alternates, the one they translate),
// stored per version so that a page imported today finds its translation imported last month.
import type { Database, Statement } from 'better-sqlite3';

export type LinkRel = 'self' | 'alternate' | 'translationOf';

/** Tracking parameters say nothing about which article a URL names. */
const TRACKING = /^(utm_[a-z]+|fbclid|gclid|yclid|mc_cid|mc_eid|ref|cmpid)$/iu;

/**
 * One spelling per address: lower-case scheme and host, no default port, fragment or tracking
 * parameters, no trailing slash; `http` and `https` are the same article.
 */
export function normalizeUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  for (const key of [...url.searchParams.keys()]) if (TRACKING.test(key)) url.searchParams.delete(key);
  url.searchParams.sort();
  const path = url.pathname.replace(/\/+$/u, '') || '/';
  const query = url.searchParams.toString();
  const host = url.host.toLowerCase().replace(/^www\./u, '');
  return `${host}${path}${query ? `?${query}` : ''}`;
}

export interface DeclaredLinks {
  self: string | null;
  alternates: { lang: string; url: string }[];
  translationOf: string | null;
}

/** The links of versions being stored, and lookups by them; statements prepared once. */
export class VersionLinks {
  private readonly insert: Statement;
  private readonly storyBySelf: Statement;
  private readonly storyByDeclared: Statement;
  private readonly sameLangSelf: Statement;

  constructor(db: Database) {
    this.insert = db.prepare('INSERT OR IGNORE INTO version_links (version_id, rel, url, lang) VALUES (?, ?, ?, ?)');
    this.storyBySelf = db.prepare(
      `SELECT v.story_id AS story FROM version_links l JOIN versions v ON v.id = l.version_id
       WHERE l.url = ? AND l.rel = 'self' LIMIT 1`,
    );
    this.storyByDeclared = db.prepare(
      `SELECT v.story_id AS story FROM version_links l JOIN versions v ON v.id = l.version_id
       WHERE l.url = ? AND l.rel IN ('alternate', 'translationOf') LIMIT 1`,
    );
    this.sameLangSelf = db.prepare(
      `SELECT v.story_id AS story, v.id AS version FROM version_links l JOIN versions v ON v.id = l.version_id
       WHERE l.url = ? AND l.rel = 'self' AND v.lang = ? LIMIT 1`,
    );
  }

  store(versionId: number, lang: string, links: DeclaredLinks): void {
    const self = links.self ? normalizeUrl(links.self) : null;
    if (self) this.insert.run(versionId, 'self', self, lang);
    for (const a of links.alternates) {
      const url = normalizeUrl(a.url);
      if (url && url !== self) this.insert.run(versionId, 'alternate', url, a.lang);
    }
    const of = links.translationOf ? normalizeUrl(links.translationOf) : null;
    if (of && of !== self) this.insert.run(versionId, 'translationOf', of, null);
  }

  /** The version already stored under this URL in this language: the same article again. */
  versionAtUrl(url: string | null, lang: string): { story: number; version: number } | undefined {
    const normalized = url ? normalizeUrl(url) : null;
    if (!normalized) return undefined;
    return this.sameLangSelf.get(normalized, lang) as { story: number; version: number } | undefined;
  }

  /** The story a version belongs to by what it, or stored versions, declare. */
  storyByLinks(links: DeclaredLinks): number | undefined {
    const self = links.self ? normalizeUrl(links.self) : null;
    if (self) {
      const row = this.storyByDeclared.get(self) as { story: number } | undefined;
      if (row) return row.story;
    }
    const targets = [links.translationOf, ...links.alternates.map((a) => a.url)];
    for (const target of targets) {
      const url = target ? normalizeUrl(target) : null;
      if (!url || url === self) continue;
      const row = this.storyBySelf.get(url) as { story: number } | undefined;
      if (row) return row.story;
    }
    return undefined;
  }
}
