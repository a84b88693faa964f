// Reading .zip archives of importable files, defensively. Entry names that climb out (`..`),
// absolute and drive paths are refused; every entry is inflated through a counter, so a zip
// bomb stops at the size or ratio limit whatever its headers claim.
import { Inflate } from 'fflate';
import { DiptychError, toApiError, type ApiError } from '../../../shared/errors';

export interface ZipLimits {
  /** Largest single entry, uncompressed. */
  maxEntryBytes: number;
  /** Largest total of all entries, uncompressed. */
  maxTotalBytes: number;
  /** Largest uncompressed/compressed ratio for entries above `ratioFloorBytes` (tiny files may compress far). */
  maxRatio: number;
  ratioFloorBytes: number;
  maxEntries: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntryBytes: 50 * 1024 * 1024,
  maxTotalBytes: 1024 * 1024 * 1024,
  maxRatio: 200,
  // Prose compresses 3–10:1; 200:1 past 64 KB is a bomb's shape, not a document's.
  ratioFloorBytes: 64 * 1024,
  maxEntries: 200_000,
};

export type ZipEntry =
  | { name: string; bytes: Uint8Array }
  | { name: string; error: ApiError };

interface CentralEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/** A path inside the archive that stays inside it, or null. */
export function safeEntryName(raw: string): string | null {
  const name = raw.replace(/\\/gu, '/');
  if (!name || name.includes('\u0000')) return null;
  if (name.startsWith('/') || /^[A-Za-z]:/u.test(name) || name.startsWith('//')) return null;
  if (name.split('/').some((segment) => segment === '..')) return null;
  return name;
}

function readCentralDirectory(zip: Uint8Array, limits: ZipLimits): CentralEntry[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 65_557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new DiptychError('malformedFile', { format: 'ZIP' }, 'no end of central directory');
  const count = view.getUint16(eocd + 10, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || cdOffset === 0xffffffff) throw new DiptychError('archiveTooLarge', { context: 'zip64' });
  if (count > limits.maxEntries) throw new DiptychError('archiveTooLarge', { context: 'entries', files: limits.maxEntries });
  const decoder = new TextDecoder('utf-8');
  const entries: CentralEntry[] = [];
  let p = cdOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > zip.length || view.getUint32(p, true) !== 0x02014b50) {
      throw new DiptychError('malformedFile', { format: 'ZIP' }, 'bad central directory');
    }
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    entries.push({
      flags: view.getUint16(p + 8, true),
      method: view.getUint16(p + 10, true),
      compressedSize: view.getUint32(p + 20, true),
      size: view.getUint32(p + 24, true),
      localOffset: view.getUint32(p + 42, true),
      name: decoder.decode(zip.subarray(p + 46, p + 46 + nameLength)),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * Which limit stopped an entry, for a message that names it (the `context` picks the translation:
 * `archiveTooLarge_entry`, `_ratio`; the archive's total is the plain key).
 */
function tooLarge(limit: 'entry' | 'ratio' | 'total', limits: ZipLimits): DiptychError {
  if (limit === 'ratio') return new DiptychError('archiveTooLarge', { context: 'ratio', ratio: limits.maxRatio });
  if (limit === 'entry') return new DiptychError('archiveTooLarge', { context: 'entry', limitMb: limits.maxEntryBytes >> 20 });
  return new DiptychError('archiveTooLarge', { limitMb: limits.maxTotalBytes >> 20 });
}

/** Inflates one entry, stopping as soon as it outgrows what the limits allow. */
function inflateEntry(data: Uint8Array, entry: CentralEntry, budget: number, limits: ZipLimits): Uint8Array {
  const check = (size: number): void => {
    if (size > limits.maxEntryBytes) throw tooLarge('entry', limits);
    if (size > budget) throw tooLarge('total', limits);
    if (size > limits.ratioFloorBytes && size / Math.max(1, data.length) > limits.maxRatio) throw tooLarge('ratio', limits);
  };
  if (entry.method === 0) {
    check(data.length);
    return data;
  }
  if (entry.method !== 8) throw new DiptychError('unsupportedFormat', { ext: `zip/${entry.method}` });
  const parts: Uint8Array[] = [];
  let size = 0;
  const inflate = new Inflate((chunk) => {
    size += chunk.length;
    check(size);
    parts.push(chunk);
  });
  const step = 64 * 1024;
  try {
    for (let at = 0; at < data.length; at += step) {
      inflate.push(data.subarray(at, Math.min(data.length, at + step)), at + step >= data.length);
    }
    if (data.length === 0) inflate.push(new Uint8Array(0), true);
  } catch (e) {
    if (e instanceof DiptychError) throw e;
    throw new DiptychError('malformedFile', { format: 'ZIP' }, (e as Error).message);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** Every file in the archive, in its order, each either its bytes or why it was refused. */
export function* zipEntries(zip: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Generator<ZipEntry> {
  const entries = readCentralDirectory(zip, limits);
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let total = 0;
  for (const entry of entries) {
    if (entry.name.endsWith('/') || entry.name.endsWith('\\')) continue;
    const base = entry.name.split(/[\\/]/u).pop() ?? '';
    if (entry.name.startsWith('__MACOSX/') || base.startsWith('.')) continue;
    const name = safeEntryName(entry.name);
    if (!name) {
      yield { name: entry.name, error: { code: 'unsafeArchivePath', params: { entry: entry.name } } };
      continue;
    }
    try {
      if (entry.flags & 1) throw new DiptychError('unsupportedFormat', { ext: 'zip/encrypted' });
      const p = entry.localOffset;
      if (p + 30 > zip.length || view.getUint32(p, true) !== 0x04034b50) {
        throw new DiptychError('malformedFile', { format: 'ZIP' }, 'bad local header');
      }
      const start = p + 30 + view.getUint16(p + 26, true) + view.getUint16(p + 28, true);
      const end = start + entry.compressedSize;
      if (end > zip.length) throw new DiptychError('malformedFile', { format: 'ZIP' }, 'truncated entry');
      // The declared size is checked first (cheap) and the real one while inflating (honest).
      if (entry.size > limits.maxEntryBytes) throw tooLarge('entry', limits);
      if (total + entry.size > limits.maxTotalBytes) throw tooLarge('total', limits);
      const bytes = inflateEntry(zip.subarray(start, end), entry, limits.maxTotalBytes - total, limits);
      total += bytes.length;
      yield { name, bytes };
    } catch (e) {
      yield { name, error: toApiError(e) };
      // Once the archive as a whole is over its budget, nothing more is read from it.
      if (e instanceof DiptychError && e.code === 'archiveTooLarge' && total >= limits.maxTotalBytes) return;
    }
  }
}
