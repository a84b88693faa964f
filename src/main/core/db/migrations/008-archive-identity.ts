// Version 8: the archive says what it is. PRAGMA application_id holds Diptych's mark, so that no
// command mistakes another program's SQLite file for an archive, nor writes into one. Archives
// made before carry 0 there and are recognised by their tables (db/identity.ts) until stamped here.
import type { Migration } from '../migrate';

// Frozen copy of DIPTYCH_APPLICATION_ID ("DIPT"): the value this migration writes never changes.
const APPLICATION_ID = 0x44495054;

export const migration008: Migration = {
  version: 8,
  name: 'archive-identity',
  up: `PRAGMA application_id = ${APPLICATION_ID};`,
};
