// Version 4: the addresses a version declares, so versions of one story find each other across
// imports: its own URL (canonical), its hreflang alternates, and the URL it is a translation of.
// URLs are stored normalized and looked up by index.
import type { Migration } from '../migrate';

// Frozen: normalizeUrl of import/version-links.ts as it was when this migration shipped. The live
// one may change; this migration must turn the same rows into the same links for ever.
const TRACKING = /^(utm_[a-z]+|fbclid|gclid|yclid|mc_cid|mc_eid|ref|cmpid)$/iu;

function normalizeUrl(raw: string): string | null {
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

export const migration004: Migration = {
  version: 4,
  name: 'version-links',
  up(db) {
    db.exec(`
      CREATE TABLE version_links (
        version_id  INTEGER NOT NULL REFERENCES versions(id) ON DELETE CASCADE,
        rel         TEXT NOT NULL CHECK (rel IN ('self', 'alternate', 'translationOf')),
        url         TEXT NOT NULL,
        lang        TEXT,
        PRIMARY KEY (version_id, rel, url)
      ) WITHOUT ROWID;
      CREATE INDEX version_links_url ON version_links(url, rel);
    `);
    // Versions stored before this migration: their own URL becomes their self link.
    const insert = db.prepare("INSERT OR IGNORE INTO version_links (version_id, rel, url, lang) VALUES (?, 'self', ?, ?)");
    const rows = db.prepare('SELECT id, url, lang FROM versions WHERE url IS NOT NULL').all() as { id: number; url: string; lang: string }[];
    for (const row of rows) {
      const url = normalizeUrl(row.url);
      if (url) insert.run(row.id, url, row.lang);
    }
  },
};
