// Version 5: words with soft hyphens, zero-width marks or digit-group spaces (3 000) are now one
// word in the search index (search/normalize.ts). Versions holding such characters are queued for
// re-indexing, which the next search does; the rest of the index is unchanged.
import type { Migration } from '../migrate';

export const migration005: Migration = {
  version: 5,
  name: 'search-invisible-marks',
  up(db) {
    const marks = ['\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\u00A0', '\u202F', '\u2009'];
    const anyMark = marks.map(() => 'instr(text, ?) > 0').join(' OR ');
    db.prepare(`INSERT OR IGNORE INTO search_pending (version_id) SELECT DISTINCT version_id FROM blocks WHERE ${anyMark}`).run(
      ...marks,
    );
  },
};
