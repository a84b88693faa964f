// The first page of an SQLite file, read as bytes: enough to tell what a file is before SQLite
// opens it (opening can leave -wal and -shm files, or recover a journal into someone else's file).
// Layout: https://www.sqlite.org/fileformat2.html#the_database_header

export const SQLITE_MAGIC = 'SQLite format 3\u0000';
export const SQLITE_HEADER_BYTES = 100;

export interface SqliteHeader {
  pageSize: number;
  /** The database size in pages the header records; null when SQLite would not trust it. */
  pageCount: number | null;
  /** 1 rollback journal, 2 WAL. */
  writeVersion: number;
  userVersion: number;
  applicationId: number;
  /** True when page 1 is a table leaf with no rows: the file holds no table, index or view. */
  schemaEmpty: boolean | null;
}

/** Parses the header at the start of `bytes` (page 1 or more); null when it is not SQLite's. */
export function parseSqliteHeader(bytes: Uint8Array): SqliteHeader | null {
  if (bytes.length < SQLITE_HEADER_BYTES) return null;
  for (let i = 0; i < SQLITE_MAGIC.length; i++) if (bytes[i] !== SQLITE_MAGIC.charCodeAt(i)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const rawPageSize = view.getUint16(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) !== 0) return null;
  const changeCounter = view.getUint32(24);
  const validFor = view.getUint32(92);
  const recorded = view.getUint32(28);
  // "The in-header database size is only considered to be valid if it is non-zero and if the
  // 4-byte change counter at offset 24 exactly matches the 4-byte version-valid-for number."
  const pageCount = recorded > 0 && changeCounter === validFor ? recorded : null;
  return {
    pageSize,
    pageCount,
    writeVersion: bytes[18]!,
    userVersion: view.getInt32(60),
    applicationId: view.getInt32(68),
    schemaEmpty: bytes.length >= 105 ? bytes[100] === 0x0d && view.getUint16(103) === 0 : null,
  };
}

/**
 * True when the file is shorter than its header says, or ends part way through a page: a copy
 * cut short. (With a write-ahead log beside it the log may hold the rest, so ask only without.)
 */
export function isTruncated(header: SqliteHeader, fileBytes: number): boolean {
  if (fileBytes % header.pageSize !== 0) return true;
  return header.pageCount !== null && header.pageCount * header.pageSize > fileBytes;
}
