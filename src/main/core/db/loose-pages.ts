// Rows a damaged table's tree no longer leads to. When an interior page of a table is overwritten,
// every leaf below it is cut off though its bytes are intact: this reads the file page by page,
// decodes each table leaf (SQLite's file format, fileformat2.html §1.6 and §2.1), and gives its
// rows to the caller, who decides by their shape which table they belong to. Freelist pages hold
// deleted rows and are skipped, so nothing deleted comes back.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { parseSqliteHeader } from './sqlite-header';
import { varint } from './sqlite-varint';

export type Value = number | bigint | string | Uint8Array | null;

export interface LooseRow {
  page: number;
  rowid: number;
  values: Value[];
}

const TABLE_LEAF = 0x0d;

/** Every row on every table-leaf page of the file, except the freelist's. Stops at unreadable pages, never throws on their bytes. */
export function* looseRows(file: string): Generator<LooseRow> {
  const fd = openSync(file, 'r');
  try {
    const first = readPage(fd, 1, 4096);
    const header = parseSqliteHeader(first);
    if (!header) return;
    const pageSize = header.pageSize;
    const usable = pageSize - (first[20] ?? 0);
    const pages = Math.floor(fstatSync(fd).size / pageSize);
    const free = freelistPages(fd, first, pageSize, pages);
    for (let page = 2; page <= pages; page++) {
      if (free.has(page)) continue;
      const bytes = readPage(fd, page, pageSize);
      if (bytes[0] !== TABLE_LEAF) continue;
      yield* leafRows(fd, bytes, page, pageSize, usable, pages);
    }
  } finally {
    closeSync(fd);
  }
}

function readPage(fd: number, page: number, pageSize: number): Uint8Array {
  const buffer = new Uint8Array(pageSize);
  readSync(fd, buffer, 0, pageSize, (page - 1) * pageSize);
  return buffer;
}

/** The freelist's trunk and leaf pages (header offset 32), as far as its chain reads sanely. */
function freelistPages(fd: number, first: Uint8Array, pageSize: number, pages: number): Set<number> {
  const view = new DataView(first.buffer);
  const free = new Set<number>();
  let trunk = view.getUint32(32);
  while (trunk > 1 && trunk <= pages && !free.has(trunk)) {
    free.add(trunk);
    const bytes = readPage(fd, trunk, pageSize);
    const v = new DataView(bytes.buffer);
    const count = v.getUint32(4);
    for (let i = 0; i < count && 8 + i * 4 + 4 <= pageSize; i++) free.add(v.getUint32(8 + i * 4));
    trunk = v.getUint32(0);
  }
  return free;
}

function* leafRows(fd: number, bytes: Uint8Array, page: number, pageSize: number, usable: number, pages: number): Generator<LooseRow> {
  const view = new DataView(bytes.buffer);
  const cells = view.getUint16(3);
  for (let i = 0; i < cells; i++) {
    const pointer = 8 + i * 2;
    if (pointer + 2 > usable) return;
    const offset = view.getUint16(pointer);
    if (offset < 8 || offset >= usable) continue;
    try {
      const row = readCell(fd, bytes, offset, page, pageSize, usable, pages);
      if (row) yield row;
    } catch {
      // A cell that does not decode is garbage on a damaged page: skip it.
    }
  }
}

function readCell(fd: number, bytes: Uint8Array, offset: number, page: number, pageSize: number, usable: number, pages: number): LooseRow | null {
  const [payloadSize, afterSize] = varint(bytes, offset);
  const [rowid, afterRowid] = varint(bytes, afterSize);
  const size = Number(payloadSize);
  if (size <= 0 || size > 1e9) return null;
  // How much of the payload lies on this page (fileformat2.html, "Cell Payload Overflow Pages").
  const maxLocal = usable - 35;
  const minLocal = Math.floor(((usable - 12) * 32) / 255) - 23;
  let local = size;
  if (size > maxLocal) {
    local = minLocal + ((size - minLocal) % (usable - 4));
    if (local > maxLocal) local = minLocal;
  }
  if (afterRowid + local > usable) return null;
  const payload = new Uint8Array(size);
  payload.set(bytes.subarray(afterRowid, afterRowid + local));
  if (local < size) {
    let next = new DataView(bytes.buffer).getUint32(afterRowid + local);
    let filled = local;
    const seen = new Set<number>();
    while (filled < size) {
      if (next < 2 || next > pages || seen.has(next)) return null;
      seen.add(next);
      const overflow = readPage(fd, next, pageSize);
      const take = Math.min(usable - 4, size - filled);
      payload.set(overflow.subarray(4, 4 + take), filled);
      filled += take;
      next = new DataView(overflow.buffer).getUint32(0);
    }
  }
  const values = decodeRecord(payload);
  return values ? { page, rowid: Number(rowid), values } : null;
}

/** SQLite's record format: a header of serial types, then the values. Null when it does not add up. */
export function decodeRecord(payload: Uint8Array): Value[] | null {
  const [headerSize, start] = varint(payload, 0);
  const end = Number(headerSize);
  if (end < start || end > payload.length) return null;
  const types: number[] = [];
  for (let at = start; at < end; ) {
    const [type, next] = varint(payload, at);
    types.push(Number(type));
    at = next;
  }
  const view = new DataView(payload.buffer, payload.byteOffset, payload.byteLength);
  const text = new TextDecoder('utf-8', { fatal: true });
  const values: Value[] = [];
  let at = end;
  for (const type of types) {
    const width = serialWidth(type);
    if (width < 0 || at + width > payload.length) return null;
    try {
      values.push(readValue(view, payload, at, type, width, text));
    } catch {
      return null; // text that is not UTF-8: not a record Diptych wrote
    }
    at += width;
  }
  return at === payload.length ? values : null;
}

function serialWidth(type: number): number {
  if (type <= 4) return [0, 1, 2, 3, 4][type]!;
  if (type === 5) return 6;
  if (type === 6 || type === 7) return 8;
  if (type === 8 || type === 9) return 0;
  if (type >= 12) return Math.floor((type - (type % 2 === 0 ? 12 : 13)) / 2);
  return -1;
}

function readValue(view: DataView, payload: Uint8Array, at: number, type: number, width: number, text: { decode(bytes: Uint8Array): string }): Value {
  switch (type) {
    case 0:
      return null;
    case 8:
      return 0;
    case 9:
      return 1;
    case 7:
      return view.getFloat64(at);
    case 6: {
      const big = view.getBigInt64(at);
      return big >= BigInt(Number.MIN_SAFE_INTEGER) && big <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(big) : big;
    }
    default:
      if (type >= 1 && type <= 5) {
        let n = 0n;
        for (let i = 0; i < width; i++) n = (n << 8n) | BigInt(payload[at + i]!);
        const bits = BigInt(width * 8);
        if (n >= 1n << (bits - 1n)) n -= 1n << bits;
        return Number(n);
      }
      return type % 2 === 0 ? payload.slice(at, at + width) : text.decode(payload.subarray(at, at + width));
  }
}
