// `diptych recover [DAMAGED] --out NEW`: what can still be read of a damaged archive (by default
// the archive itself) into a new one, and a report of what could not be read. DAMAGED is only read.
import { formatList, formatNumber } from '../../../shared/i18n/format';
import { recoverArchive, type RecoverReport } from '../../core/db/recover';
import { CliFailure, type CliCommand, type CliContext } from '../context';

/** Tables named as the reader knows what they hold. */
type TableWord = 'cli.lostStories' | 'cli.lostVersions' | 'cli.lostBlocks' | 'cli.lostTags' | 'cli.lostAlignments' | 'cli.lostSettings' | 'cli.lostLinks';
const TABLE_WORDS: Record<string, TableWord> = {
  stories: 'cli.lostStories',
  versions: 'cli.lostVersions',
  blocks: 'cli.lostBlocks',
  tags: 'cli.lostTags',
  story_tags: 'cli.lostTags',
  alignments: 'cli.lostAlignments',
  alignment_groups: 'cli.lostAlignments',
  alignment_repairs: 'cli.lostAlignments',
  settings: 'cli.lostSettings',
  version_links: 'cli.lostLinks',
};

export const recoverCommand: CliCommand = {
  maxArguments: 1,
  options: { out: { type: 'string' } },
  run(ctx) {
    const out = ctx.options.out;
    if (typeof out !== 'string' || out === '') throw new CliFailure(ctx.t('cli.missingArgument', { command: 'recover', what: '--out NEW' }), 2);
    const damaged = ctx.positionals[0] ?? ctx.archivePath();
    const report = recoverArchive(damaged, out);
    if (ctx.json) {
      ctx.printJson({ from: damaged, out, ...report });
      return;
    }
    const n = (v: number): string => formatNumber(v, ctx.uiLang);
    ctx.err(ctx.t('cli.recovered', { from: damaged, out, stories: n(report.stories), versions: n(report.versions), blocks: n(report.blocks) }));
    for (const line of lossLines(ctx, report)) ctx.err(`  ${line}`);
  },
};

function lossLines(ctx: CliContext, report: RecoverReport): string[] {
  const ids = (list: readonly number[]): string => formatList(list.slice(0, 20).map(String), ctx.uiLang) + (list.length > 20 ? ' …' : '');
  const lines: string[] = [];
  for (const table of report.tables) {
    if (table.lost.length === 0 && table.refused === 0 && table.rescued === 0) continue;
    const word = TABLE_WORDS[table.table];
    const what = word ? ctx.t(word) : ctx.t('cli.lostOther', { table: table.table });
    const spans = table.lost.map((s) => (s.from === s.to ? String(s.from ?? '…') : `${s.from ?? '…'}–${s.to ?? '…'}`));
    const listed = formatList(spans.slice(0, 10), ctx.uiLang);
    if (table.rescued > 0) lines.push(ctx.t('cli.recoverRescued', { what, spans: listed, count: table.rescued }));
    else if (spans.length > 0) lines.push(ctx.t('cli.recoverUnreadable', { what, spans: listed }));
    if (table.refused > 0) lines.push(ctx.t('cli.recoverRefused', { what, count: table.refused }));
  }
  if (report.storiesLost.length > 0) lines.push(ctx.t('cli.recoverStoriesLost', { count: report.storiesLost.length, ids: ids(report.storiesLost) }));
  if (report.storiesRemade.length > 0) lines.push(ctx.t('cli.recoverStoriesRemade', { count: report.storiesRemade.length, ids: ids(report.storiesRemade) }));
  if (report.versionsPartial.length > 0) {
    const which = report.versionsPartial.slice(0, 20).map((v) => ctx.t('cli.recoverVersion', { story: v.story, lang: v.lang }));
    lines.push(ctx.t('cli.recoverPartial', { count: report.versionsPartial.length, versions: formatList(which, ctx.uiLang) }));
  }
  const dropped = Object.values(report.orphansDropped).reduce((a, b) => a + b, 0);
  if (dropped > 0) lines.push(ctx.t('cli.recoverOrphans', { count: dropped }));
  if (lines.length === 0) lines.push(ctx.t('cli.recoverComplete'));
  return lines;
}
