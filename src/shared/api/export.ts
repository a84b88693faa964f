// Export: stories as Diptych JSON (lossless), or their aligned pairs as TMX, XLIFF, CSV or TSV for
// translation tools and corpus work. What an export is asked (validated where it crosses), how far
// it got, and what it wrote. The CLI and the app (exportStories) run the same request
// (core/export/export-job.ts).
import { z } from 'zod';
import { method } from './define';
import { PATH_TOKEN_PATTERN } from './path-grants';
import { MAX_QUERY_CHARS, SEARCH_SORTS } from './search';

export const EXPORT_FORMATS = ['json', 'tmx', 'xliff', 'csv', 'tsv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Formats that hold aligned pairs (and so need two languages); json holds whole stories. */
export const PAIR_FORMATS: readonly ExportFormat[] = ['tmx', 'xliff', 'csv', 'tsv'];
export const isPairFormat = (format: ExportFormat): boolean => PAIR_FORMATS.includes(format);

const Lang = z.string().min(2).max(35);
const StoryId = z.number().int().positive();

/** Which stories: these ids (in this order), what a search finds (in its order), or all by id. */
export const ExportSelection = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('ids'), ids: z.array(StoryId).min(1).max(1_000_000) }).strict(),
  z
    .object({ kind: z.literal('query'), query: z.string().min(1).max(MAX_QUERY_CHARS * 2), sort: z.enum(SEARCH_SORTS).default('relevance') })
    .strict(),
  z.object({ kind: z.literal('all') }).strict(),
]);
export type ExportSelection = z.infer<typeof ExportSelection>;

export const ExportRequest = z
  .object({
    selection: ExportSelection,
    format: z.enum(EXPORT_FORMATS).default('json'),
    /** The two languages (a tag matches its variants: uk matches uk-UA, and uk-UA matches uk).
     *  Required for pair formats; for json they keep only those two versions of each story. */
    from: Lang.optional(),
    to: Lang.optional(),
    /** Sentence pairs instead of paragraph pairs (pair formats). */
    sentences: z.boolean().default(false),
    /** Pairs less sure than this are left out (pair formats); the reader's own are always sure. */
    minConfidence: z.number().min(0).max(1).default(0),
    /** A byte order mark before CSV and TSV, for spreadsheets. */
    bom: z.boolean().default(true),
  })
  .strict();
export type ExportRequest = z.output<typeof ExportRequest>;
export type ExportRequestInput = z.input<typeof ExportRequest>;

export interface ExportProgress {
  /** Stories handled so far (written or skipped), of `total`. */
  done: number;
  total: number;
  /** Stories and pairs (units) written so far. */
  stories: number;
  units: number;
}

/** At most this many skipped story ids are listed; the counts are always complete. */
export const EXPORT_REPORT_LIST_LIMIT = 1000;

export interface ExportReport {
  format: ExportFormat;
  /** The languages the export was asked for (null for json without them). */
  from: string | null;
  to: string | null;
  segmentation: 'paragraph' | 'sentence' | null;
  /** Stories selected, and written. */
  selected: number;
  stories: number;
  /** Pairs written (pair formats; 0 for json). */
  units: number;
  /** Stories left out because they lack one of the two languages; the first ids of them. */
  missingLanguage: number;
  missingLanguageIds: number[];
  /** Stories whose pairs were all left out (below the confidence, or none aligned). */
  withoutUnits: number;
  /** Pairs left out: below the confidence asked for, and with a side that has no counterpart. */
  belowConfidence: number;
  unpaired: number;
  /** Pairs whose text held characters XML 1.0 cannot carry (control characters), written without them. */
  cleanedUnits: number;
  /** Alignments that were not stored yet (or stale) and were computed for the export, unstored. */
  computedAlignments: number;
}

/** The extension each format's file takes (the save dialog offers it; a name without one gets it). */
export const EXPORT_EXTENSIONS: Record<ExportFormat, string> = { json: 'json', tmx: 'tmx', xliff: 'xlf', csv: 'csv', tsv: 'tsv' };

/** What the window asks the save dialog: a name to suggest and the format (its file type). */
export const ChooseExportFileInput = z
  .object({
    suggestedName: z.string().min(1).max(200),
    format: z.enum(EXPORT_FORMATS),
  })
  .strict();
export type ChooseExportFileInput = z.infer<typeof ChooseExportFileInput>;

/** The save dialog's answer: a token for the chosen file (null: the reader cancelled) and its name to show. */
export interface ChosenExportFile {
  token: string | null;
  name: string;
}

/**
 * An export from the window: the stories on screen (ids) or what a search found (query), into the
 * file behind `token` (issued once, by the save dialog, and used up by this call).
 */
export const ExportStoriesInput = ExportRequest.extend({
  token: z.string().regex(PATH_TOKEN_PATTERN, 'not a file token'),
  selection: ExportSelection.refine((s) => s.kind !== 'all', { message: 'ids or query' }),
})
  .strict()
  .superRefine((r, ctx) => {
    if (r.format !== 'json' && (!r.from || !r.to)) ctx.addIssue({ code: 'custom', path: ['from'], message: `${r.format} needs from and to` });
    if ((r.from === undefined) !== (r.to === undefined)) ctx.addIssue({ code: 'custom', path: ['to'], message: 'from and to go together' });
    if (r.from && r.to && r.from.toLowerCase() === r.to.toLowerCase()) ctx.addIssue({ code: 'custom', path: ['to'], message: 'from = to' });
  });
export type ExportStoriesInput = z.input<typeof ExportStoriesInput>;

/** What exportStories answers: the report, and the name of the file it wrote. */
export interface ExportFileReport extends ExportReport {
  file: string;
}

export const exportContract = {
  /** Writes the export to the chosen file (whole, or not at all); progress as `exportProgress`. */
  exportStories: method<ExportFileReport>()(ExportStoriesInput),
  /** Stops the running export between pages; no file is left. */
  cancelExport: method<{ cancelled: boolean }>()(z.object({}).strict().default({})),
};
