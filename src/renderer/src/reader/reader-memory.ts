// What the reader keeps between visits on this computer: the layout, and the pair of languages
// last chosen for each story. Private storage may be off: then nothing is kept, nothing fails.
import type { ReaderMode } from './AlignedRows';

export const READER_MODES: readonly ReaderMode[] = ['sideBySide', 'interleaved', 'originalOnly', 'translationOnly'];
const MODE_KEY = 'diptych.reader.mode';
const pairKey = (storyId: number): string => `diptych.reader.pair.${storyId}`;

export interface LanguagePair {
  left?: string;
  right?: string;
}

function read(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // Private storage off: kept for this visit only.
  }
}

export function storedMode(): ReaderMode {
  const m = read(MODE_KEY);
  return (READER_MODES as readonly string[]).includes(m ?? '') ? (m as ReaderMode) : 'sideBySide';
}

export function storeMode(mode: ReaderMode): void {
  write(MODE_KEY, mode);
}

export function storedPair(storyId: number): LanguagePair {
  try {
    const value = JSON.parse(read(pairKey(storyId)) ?? 'null') as unknown;
    if (!value || typeof value !== 'object') return {};
    const { left, right } = value as Record<string, unknown>;
    return { left: typeof left === 'string' ? left : undefined, right: typeof right === 'string' ? right : undefined };
  } catch {
    return {};
  }
}

export function storePair(storyId: number, pair: LanguagePair): void {
  write(pairKey(storyId), JSON.stringify(pair));
}
