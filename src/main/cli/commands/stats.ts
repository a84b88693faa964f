import { formatByteSize, formatNumber, languageName } from '../../../shared/i18n/format';
import { archiveStats } from '../../core/stories/repository';
import type { CliCommand } from '../context';

export const statsCommand: CliCommand = {
  maxArguments: 0,
  run(ctx) {
    const stats = archiveStats(ctx.db());
    if (ctx.json) {
      ctx.printJson(stats);
      return;
    }
    const n = (value: number): string => formatNumber(value, ctx.uiLang);
    const size = formatByteSize(stats.databaseBytes, ctx.uiLang);
    ctx.out(
      ctx.t('cli.statsLine', { stories: n(stats.stories), versions: n(stats.versions), blocks: n(stats.blocks), size }),
    );
    for (const l of stats.languages) {
      const language = languageName(l.lang, ctx.uiLang, { capitalize: true });
      ctx.out(`  ${ctx.t('cli.statsLanguage', { language, lang: l.lang, versions: n(l.versions) })}`);
    }
  },
};
