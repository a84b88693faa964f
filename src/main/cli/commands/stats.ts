import { archiveStats } from '../../core/stories/repository';
import type { CliCommand } from '../context';

export const statsCommand: CliCommand = {
  run(ctx) {
    const stats = archiveStats(ctx.db());
    if (ctx.json) {
      ctx.printJson(stats);
      return;
    }
    const size = new Intl.NumberFormat(ctx.uiLang, {
      style: 'unit',
      unit: 'megabyte',
      maximumFractionDigits: 1,
    }).format(stats.databaseBytes / 1e6);
    ctx.out(ctx.t('cli.statsLine', { ...stats, size }));
    for (const l of stats.languages) ctx.out(`  ${l.lang}: ${l.versions}`);
  },
};
