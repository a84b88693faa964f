// Version 12: versions found by the first 16 hex digits (64 bits) of their content hash, not all
// 64. Hashes arrive in random order, so every import batch rewrites nearly every leaf of their
// index and every checkpoint copies those leaves again: at 100,000 stories the full-hash index was
// under 1 % of the archive but 13 % of what the import wrote to its log (bench:writes). Keys a
// third the size make a third of the leaves. The prefix stays unique, so two versions of one content still
// cannot both be stored; two different contents sharing 64 bits (odds about 1 in 10^7 at a million
// versions) would have the second refused with an error, never taken for a duplicate, because
// lookups compare the whole hash too (repository.ts).
import type { Migration } from '../migrate';

export const migration012: Migration = {
  version: 12,
  name: 'content-hash-prefix',
  up: `
    ALTER TABLE versions ADD COLUMN hash_prefix TEXT GENERATED ALWAYS AS (substr(content_hash, 1, 16)) VIRTUAL;
    DROP INDEX versions_content_hash;
    CREATE UNIQUE INDEX versions_hash_prefix ON versions(hash_prefix);
  `,
};
