// The export dialog's pure pieces: what is exported, its options as the form holds them, the
// minimum confidence as typed, and the file name to suggest.
import type { ExportFormat } from '../../../shared/api/export';
import type { SearchSort } from '../../../shared/api/search';

/** What is exported: the story on screen in its two languages, or every story a search found. */
export type ExportTarget =
  | { kind: 'pair'; storyId: number; headline: string; from: string; to: string }
  | { kind: 'results'; query: string; sort: SearchSort; total: number; languages: readonly string[]; from?: string; to?: string };

export interface ExportOptions {
  format: ExportFormat;
  sentences: boolean;
  /** As typed: a number from 0 to 1. */
  minConfidence: string;
  bom: boolean;
  from: string;
  to: string;
}

/** The minimum confidence typed, or null when it is no number from 0 to 1. */
export function parseConfidence(text: string): number | null {
  const value = Number(text.trim().replace(',', '.'));
  return text.trim() !== '' && Number.isFinite(value) && value >= 0 && value <= 1 ? value : null;
}

/** A file name to suggest: the headline (or the query) and the two languages. */
export function suggestedName(target: ExportTarget, from: string, to: string): string {
  const words = target.kind === 'pair' ? target.headline : target.query;
  const stem = words.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/gu, '').slice(0, 60).replace(/-+$/u, '');
  return `${stem || 'diptych'}-${from}-${to}`;
}

/** The options the dialog opens with: TMX of paragraph pairs, every pair, a BOM for spreadsheets. */
export function initialOptions(target: ExportTarget): ExportOptions {
  const from = target.kind === 'pair' ? target.from : (target.from ?? target.languages[0] ?? '');
  const to = target.kind === 'pair' ? target.to : (target.to ?? target.languages.find((l) => l !== from) ?? '');
  return { format: 'tmx', sentences: false, minConfidence: '0', bom: true, from, to };
}

/**
 * The languages offered for exporting search results, each once: the reader's reading languages
 * that the archive has, then those the results matched in, then the rest of the archive's.
 */
export function exportLanguageOrder(reading: readonly string[], found: readonly string[], archive: readonly string[]): string[] {
  const known = new Set([...found, ...archive]);
  return [...new Set([...reading.filter((l) => known.has(l)), ...found, ...archive])];
}
