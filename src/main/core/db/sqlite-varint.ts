// SQLite's variable-length integer, as its file format and FTS5's records write it: read by the
// recovery of loose pages (loose-pages.ts) and by search, from FTS5's docsize records.

/** SQLite's big-endian varint (1 to 9 bytes); returns the value and the offset after it. */
export function varint(bytes: Uint8Array, offset: number): [bigint, number] {
  let value = 0n;
  for (let i = 0; i < 8; i++) {
    const b = bytes[offset + i];
    if (b === undefined) throw new RangeError('varint past the end');
    value = (value << 7n) | BigInt(b & 0x7f);
    if ((b & 0x80) === 0) return [value, offset + i + 1];
  }
  const last = bytes[offset + 8];
  if (last === undefined) throw new RangeError('varint past the end');
  return [(value << 8n) | BigInt(last), offset + 9];
}
