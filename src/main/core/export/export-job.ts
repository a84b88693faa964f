// One export, from the request to the last byte: the stories a page at a time, each written as
// soon as it is read, so memory stays flat at any size. The output goes to a sink (a file, standard
// output, later the app's save path) in chunks of about a megabyte; nothing reaches it until the
// first story is ready, so an export that finds nothing to write writes nothing. Between pages it
// reports progress and yields, so a cancel (an AbortSignal) is heard. It only reads the archive.
import type { Database } from 'better-sqlite3';
import { setImmediate as nextTurn } from 'node:timers/promises';
import {
  EXPORT_REPORT_LIST_LIMIT,
  ExportRequest,
  isPairFormat,
  type ExportProgress,
  type ExportReport,
  type ExportRequestInput,
} from '../../../shared/api/export';
import { DiptychError } from '../../../shared/errors';
import { versionsOfStories } from '../stories/repository';
import { delimitedWriter } from './delimited';
import { jsonWriter } from './json-export';
import { readPairsPage, type PageStory } from './story-pairs';
import { selectStories } from './story-selection';
import { tmxWriter } from './tmx';
import type { PairFormat, PairWriter, PairWriterContext } from './writer';
import { missingLanguage } from '../stories/version-match';
import { xliffWriter } from './xliff';
import type { SearchConnection } from '../search/search-connection';

export interface ExportSink {
  /** May return a promise (a stream that wants draining); the job waits for it. */
  write(chunk: string): void | Promise<void>;
}

export interface ExportControl {
  onProgress?: (progress: ExportProgress) => void;
  signal?: AbortSignal;
  /** Written into the TMX and XLIFF headers as the creating tool's version. */
  toolVersion?: string;
  /** The export's date in the headers (tests fix it). */
  now?: Date;
  /** Stories read at a time (progress and cancel come between pages). */
  pageSize?: number;
  /**
   * What the host's search keeps for this connection, so that exporting a query's results reuses
   * its document cache (9 s to build at a million stories); one is made for the export without it.
   */
  searching?: SearchConnection;
}

const CHUNK_CHARS = 1 << 20;

const PAIR_WRITERS: Record<PairFormat, (ctx: PairWriterContext) => PairWriter> = {
  tmx: tmxWriter,
  xliff: xliffWriter,
  csv: (ctx) => delimitedWriter(ctx, ','),
  tsv: (ctx) => delimitedWriter(ctx, '\t'),
};

/** Output held back until the first story is ready, then passed on a megabyte at a time. */
function heldOutput(sink: ExportSink) {
  let pending = '';
  let released = false;
  return {
    push(chunk: string): void {
      pending += chunk;
    },
    release(): void {
      released = true;
    },
    async flush(all = false): Promise<void> {
      if (!released || (!all && pending.length < CHUNK_CHARS)) return;
      const chunk = pending;
      pending = '';
      if (chunk) await sink.write(chunk);
    },
  };
}

function parseRequest(input: ExportRequestInput): ExportRequest {
  const parsed = ExportRequest.safeParse(input);
  if (!parsed.success) throw new DiptychError('invalidInput', { detail: parsed.error.issues[0]?.message ?? 'export' });
  const r = parsed.data;
  if (isPairFormat(r.format) && (!r.from || !r.to)) throw new DiptychError('invalidInput', { detail: `${r.format} needs from and to` });
  if ((r.from === undefined) !== (r.to === undefined)) throw new DiptychError('invalidInput', { detail: 'from and to go together' });
  if (r.from && r.to && r.from.toLowerCase() === r.to.toLowerCase()) throw new DiptychError('invalidInput', { detail: 'from = to' });
  return r;
}

function emptyReport(r: ExportRequest): ExportReport {
  return {
    format: r.format,
    from: r.from ?? null,
    to: r.to ?? null,
    segmentation: isPairFormat(r.format) ? (r.sentences ? 'sentence' : 'paragraph') : null,
    selected: 0,
    stories: 0,
    units: 0,
    missingLanguage: 0,
    missingLanguageIds: [],
    withoutUnits: 0,
    belowConfidence: 0,
    unpaired: 0,
    cleanedUnits: 0,
    computedAlignments: 0,
  };
}

function skipMissing(report: ExportReport, storyId: number): void {
  report.missingLanguage++;
  if (report.missingLanguageIds.length < EXPORT_REPORT_LIST_LIMIT) report.missingLanguageIds.push(storyId);
}

/** Why nothing was written, as the error the user sees. */
function nothingWritten(db: Database, report: ExportReport): DiptychError {
  const langs = { from: report.from ?? '', to: report.to ?? '' };
  if (report.selected === 0) return new DiptychError('nothingToExport');
  if (report.missingLanguage === report.selected) {
    if (report.selected > 1) return new DiptychError('missingLanguages', { stories: report.selected, ...langs });
    // One story: name the language it lacks.
    const story = report.missingLanguageIds[0]!;
    const versions = versionsOfStories(db, [story]).get(story) ?? [];
    return new DiptychError('noVersionInLanguage', { story, lang: missingLanguage(versions, langs.from, langs.to) });
  }
  return new DiptychError('noPairsToExport', { below: report.belowConfidence, unpaired: report.unpaired });
}

/** How one format turns pages of story ids into text (pushed out), counting into the report. */
interface FormatRun {
  begin(): string;
  page(ids: readonly number[]): void;
  end(): string;
  cleanedUnits(): number;
}

function pairFormatRun(db: Database, request: ExportRequest, writer: PairWriter, report: ExportReport, push: (chunk: string) => void): FormatRun {
  const options = { from: request.from!, to: request.to!, sentences: request.sentences, minConfidence: request.minConfidence };
  return {
    begin: () => writer.begin(),
    page(ids) {
      for (const s of readPairsPage(db, ids, options)) writePairs(s, writer, report, push);
    },
    end: () => writer.end(),
    cleanedUnits: () => writer.cleanedUnits(),
  };
}

/** One story of a pair export: its units written, or why not counted. */
function writePairs(s: PageStory, writer: PairWriter, report: ExportReport, push: (chunk: string) => void): void {
  if ('missingLanguage' in s) return skipMissing(report, s.storyId);
  report.belowConfidence += s.belowConfidence;
  report.unpaired += s.unpaired;
  if (s.computed) report.computedAlignments++;
  if (s.units.length === 0) {
    report.withoutUnits++;
    return;
  }
  push(writer.story(s));
  report.stories++;
  report.units += s.units.length;
}

function jsonFormatRun(db: Database, request: ExportRequest, now: Date, report: ExportReport, push: (chunk: string) => void): FormatRun {
  const writer = jsonWriter(db, now);
  const langs = request.from && request.to ? { from: request.from, to: request.to } : null;
  return {
    begin: () => writer.begin(),
    page(ids) {
      for (const id of ids) {
        const text = writer.story(id, langs);
        if (text === null) skipMissing(report, id);
        else {
          push(text);
          report.stories++;
        }
      }
    },
    end: () => writer.end(),
    cleanedUnits: () => 0,
  };
}

function formatRun(db: Database, request: ExportRequest, report: ExportReport, push: (chunk: string) => void, control: ExportControl): FormatRun {
  const now = control.now ?? new Date();
  if (request.format === 'json') return jsonFormatRun(db, request, now, report, push);
  const writer = PAIR_WRITERS[request.format]({
    from: request.from!,
    to: request.to!,
    segmentation: request.sentences ? 'sentence' : 'paragraph',
    toolVersion: control.toolVersion ?? '0',
    createdAt: now,
    query: request.selection.kind === 'query' ? request.selection.query : null,
    bom: request.bom,
  });
  return pairFormatRun(db, request, writer, report, push);
}

export async function runExport(
  db: Database,
  input: ExportRequestInput,
  sink: ExportSink,
  control: ExportControl = {},
): Promise<ExportReport> {
  const request = parseRequest(input);
  const report = emptyReport(request);
  const selected = selectStories(db, request.selection, control.pageSize, control.searching);
  report.selected = selected.total;
  const out = heldOutput(sink);
  const format = formatRun(db, request, report, out.push, control);
  out.push(format.begin());
  let done = 0;
  for (const ids of selected.pages()) {
    if (control.signal?.aborted) throw new DiptychError('exportCancelled');
    format.page(ids);
    done += ids.length;
    if (report.stories > 0) out.release();
    await out.flush();
    control.onProgress?.({ done, total: selected.total, stories: report.stories, units: report.units });
    // Let a cancel, a drained pipe or another request in before the next page.
    await nextTurn();
  }
  if (control.signal?.aborted) throw new DiptychError('exportCancelled');
  if (report.stories === 0) throw nothingWritten(db, report);
  out.push(format.end());
  await out.flush(true);
  report.cleanedUnits = format.cleanedUnits();
  return report;
}
