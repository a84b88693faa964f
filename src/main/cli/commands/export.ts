// `diptych export [ID…] [--format json|tmx|xliff|csv|tsv] [--from TAG --to TAG] [--sentences]
// [--query "…"] [--min-confidence X] [--out FILE] [--no-bom]`: stories as Diptych JSON (what
// `import` reads back), or their aligned pairs for translation tools and corpus work. The export
// itself goes to FILE or standard output; progress and the report go to standard error (with
// --out and --json, the report is the JSON document on standard output).
import packageJson from '../../../../package.json';
import {
  EXPORT_FORMATS,
  isPairFormat,
  type ExportFormat,
  type ExportProgress,
  type ExportReport,
  type ExportRequestInput,
  type ExportSelection,
} from '../../../shared/api/export';
import { formatNumber } from '../../../shared/i18n/format';
import { runExport } from '../../core/export/export-job';
import { exportToFile } from '../../core/export/file-sink';
import { CliFailure, type CliCommand, type CliContext } from '../context';
import { parseLanguageOption, parseStoryId } from './arguments';

const usage = (message: string): CliFailure => new CliFailure(message, 2);

function formatOption(ctx: CliContext): ExportFormat {
  const raw = ctx.options.format ?? 'json';
  if (typeof raw !== 'string' || !(EXPORT_FORMATS as readonly string[]).includes(raw)) {
    throw usage(ctx.t('cli.badValue', { option: '--format', values: EXPORT_FORMATS.join(', ') }));
  }
  return raw as ExportFormat;
}

function minConfidenceOption(ctx: CliContext): number {
  const raw = ctx.options['min-confidence'];
  if (raw === undefined) return 0;
  const value = Number(raw);
  if (typeof raw !== 'string' || raw.trim() === '' || !(value >= 0 && value <= 1)) {
    throw usage(ctx.t('cli.exportBadConfidence', { value: String(raw) }));
  }
  return value;
}

/** Options that mean nothing for this format are refused, not ignored. */
function checkFormatOptions(ctx: CliContext, format: ExportFormat): void {
  const pairOnly = ['sentences', 'min-confidence'].find((o) => ctx.options[o] !== undefined);
  if (!isPairFormat(format) && pairOnly) {
    throw usage(ctx.t('cli.exportOnlyFor', { option: `--${pairOnly}`, formats: 'tmx, xliff, csv, tsv' }));
  }
  if (ctx.options['no-bom'] !== undefined && format !== 'csv' && format !== 'tsv') {
    throw usage(ctx.t('cli.exportOnlyFor', { option: '--no-bom', formats: 'csv, tsv' }));
  }
}

function languages(ctx: CliContext, format: ExportFormat): { from?: string; to?: string } {
  const from = parseLanguageOption(ctx, 'from');
  const to = parseLanguageOption(ctx, 'to');
  if (isPairFormat(format) && (!from || !to)) {
    throw usage(ctx.t('cli.missingArgument', { command: `export --format ${format}`, what: '--from TAG --to TAG' }));
  }
  if (!from !== !to) throw usage(ctx.t('cli.exportLanguagesTogether'));
  if (from && from === to) throw usage(ctx.t('cli.exportSameLanguage', { lang: from }));
  return from && to ? { from, to } : {};
}

function selection(ctx: CliContext): ExportSelection {
  const query = ctx.options.query;
  if (query === undefined) {
    const ids = ctx.positionals.map((p) => parseStoryId(ctx, p));
    return ids.length > 0 ? { kind: 'ids', ids } : { kind: 'all' };
  }
  if (ctx.positionals.length > 0) throw usage(ctx.t('cli.exportIdsOrQuery'));
  if (typeof query !== 'string' || !query.trim()) throw usage(ctx.t('cli.missingArgument', { command: 'export --query', what: 'QUERY' }));
  return { kind: 'query', query, sort: 'relevance' };
}

export function exportRequest(ctx: CliContext): ExportRequestInput {
  const format = formatOption(ctx);
  checkFormatOptions(ctx, format);
  return {
    format,
    ...languages(ctx, format),
    selection: selection(ctx),
    sentences: ctx.options.sentences === true,
    minConfidence: minConfidenceOption(ctx),
    bom: ctx.options['no-bom'] !== true,
  };
}

const CLEAR_LINE = '\u001b[K';

/** Progress once an export has run a second: a line redrawn in place on a terminal, a line every
 *  few seconds elsewhere (a log). */
export function progressPrinter(ctx: CliContext, stderr: { isTTY?: boolean; write(s: string): unknown }, clock = Date.now) {
  const started = clock();
  let last = started;
  let drawn = false;
  const n = (v: number): string => formatNumber(v, ctx.uiLang);
  return {
    update(p: ExportProgress): void {
      const now = clock();
      if (now - started < 1000 || now - last < (stderr.isTTY ? 250 : 5000)) return;
      last = now;
      const line = ctx.t('cli.exportProgress', { done: n(p.done), total: n(p.total), units: n(p.units) });
      if (stderr.isTTY) {
        stderr.write(`\r${line}${CLEAR_LINE}`);
        drawn = true;
      } else ctx.err(line);
    },
    finish(): void {
      if (drawn) stderr.write(`\r${CLEAR_LINE}`);
    },
  };
}

function jsonReport(report: ExportReport, file: string | null) {
  return {
    exported: report.stories,
    file,
    format: report.format,
    from: report.from,
    to: report.to,
    segmentation: report.segmentation,
    units: report.units,
    selected: report.selected,
    skipped: { missingLanguage: report.missingLanguage, ids: report.missingLanguageIds, withoutUnits: report.withoutUnits },
    leftOut: { belowConfidence: report.belowConfidence, unpaired: report.unpaired },
    cleanedUnits: report.cleanedUnits,
    computedAlignments: report.computedAlignments,
  };
}

function printReport(ctx: CliContext, report: ExportReport, file: string | null, minConfidence: number): void {
  const n = (v: number): string => formatNumber(v, ctx.uiLang);
  if (report.format === 'json') {
    ctx.err(file ? ctx.t('cli.exported', { file, count: report.stories }) : ctx.t('cli.exportedStdout', { count: report.stories }));
  } else {
    const counts = { format: report.format.toUpperCase(), stories: n(report.stories), units: n(report.units) };
    ctx.err(file ? ctx.t('cli.exportedPairs', { file, ...counts }) : ctx.t('cli.exportedPairsStdout', counts));
  }
  if (report.missingLanguage > 0) {
    const shown = report.missingLanguageIds.slice(0, 10).join(', ');
    const ids = report.missingLanguage > 10 ? `${shown}, …` : shown;
    ctx.err(ctx.t('cli.exportSkipped', { from: report.from ?? '', to: report.to ?? '', stories: n(report.missingLanguage), ids }));
  }
  if (minConfidence > 0) {
    ctx.err(ctx.t('cli.exportLeftOut', { min: n(minConfidence), below: n(report.belowConfidence), unpaired: n(report.unpaired) }));
  } else if (report.unpaired > 0) ctx.err(ctx.t('cli.exportUnpaired', { unpaired: n(report.unpaired) }));
  if (report.cleanedUnits > 0) ctx.err(ctx.t('cli.exportCleaned', { units: n(report.cleanedUnits) }));
}

export const exportCommand: CliCommand = {
  options: {
    format: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    sentences: { type: 'boolean' },
    query: { type: 'string' },
    'min-confidence': { type: 'string' },
    out: { type: 'string' },
    'no-bom': { type: 'boolean' },
  },
  async run(ctx) {
    const request = exportRequest(ctx);
    if (ctx.options.out === '') throw usage(ctx.t('cli.optionNeedsValue', { option: '--out' }));
    const out = typeof ctx.options.out === 'string' ? ctx.options.out : null;
    // With the export itself flowing onto the terminal, a redrawn line would land inside it.
    const sharesTerminal = out === null && process.stdout.isTTY === true;
    const progress = progressPrinter(ctx, sharesTerminal ? { isTTY: false, write: () => {} } : process.stderr);
    const control = { toolVersion: packageJson.version, onProgress: progress.update };
    let report: ExportReport;
    try {
      report = out
        ? await exportToFile(ctx.db(), request, out, control)
        : await runExport(ctx.db(), request, { write: ctx.write }, control);
    } finally {
      progress.finish();
    }
    // With the export on standard output, the report cannot share it.
    if (ctx.json && out) ctx.printJson(jsonReport(report, out));
    else if (ctx.json) ctx.err(JSON.stringify(jsonReport(report, null)));
    else printReport(ctx, report, out, request.minConfidence ?? 0);
  },
};
