import { DiptychError } from '../../../shared/errors';
import { PROVENANCES, type Provenance } from '../../../shared/model';
import { closeness } from '../../core/stories/version-match';
import { importPathsLean } from '../../core/pipeline/import-lean';
import { CliFailure, type CliCommand } from '../context';
import { parseLanguageOption, parseStoryId } from './arguments';
import { translateError } from '../translate-error';

export const importCommand: CliCommand = {
  createsArchive: true,
  options: {
    lang: { type: 'string' },
    'translation-of': { type: 'string' },
    original: { type: 'string' },
    provenance: { type: 'string' },
  },
  run(ctx) {
    if (ctx.positionals.length === 0) {
      throw new CliFailure(ctx.t('cli.missingArgument', { command: 'import', what: 'PATHS' }), 2);
    }
    const provenance = ctx.options.provenance as string | undefined;
    if (provenance !== undefined && !(PROVENANCES as readonly string[]).includes(provenance)) {
      throw new CliFailure(
        ctx.t('cli.badValue', { option: '--provenance', values: PROVENANCES.join(', ') }),
        2,
      );
    }
    const translationOf = ctx.options['translation-of'];
    const lang = parseLanguageOption(ctx, 'lang');
    const originalLang = parseLanguageOption(ctx, 'original');
    let report;
    try {
      report = importPathsLean(ctx.db(), ctx.positionals, {
        lang,
        translationOf:
          typeof translationOf === 'string' ? parseStoryId(ctx, translationOf) : undefined,
        originalLang,
        provenance: provenance as Provenance | undefined,
      });
    } catch (e) {
      if (e instanceof DiptychError) throw new CliFailure(translateError(ctx.t, { code: e.code, params: e.params }));
      throw e;
    }
    // --original named a language none of the files is in: each new story's first version stands in.
    if (originalLang && ![...report.imported, ...report.duplicates].some((v) => closeness(v.lang, originalLang) > 0)) {
      ctx.err(ctx.t('cli.originalNotFound', { lang: originalLang }));
    }
    if (ctx.json) {
      ctx.printJson({
        counts: report.counts,
        imported: report.imported,
        duplicates: report.duplicates,
        failed: report.failed.map((f) => ({
          file: f.file,
          reason: translateError(ctx.t, f.error),
          code: f.error.code,
        })),
      });
    } else {
      for (const i of report.imported) ctx.err(ctx.t('cli.imported', i));
      // Found by its address alone, its text is not the stored one: an updated article, say so.
      for (const d of report.duplicates) ctx.err(ctx.t('cli.duplicate', { ...d, context: d.by === 'url' ? 'url' : undefined }));
    }
    for (const f of report.failed) {
      ctx.err(ctx.t('cli.failed', { file: f.file, reason: translateError(ctx.t, f.error) }));
    }
    if (!ctx.json) {
      // Last, after every file's line: the sum of them.
      ctx.err(
        ctx.t('cli.importSummary', {
          imported: report.counts.imported,
          duplicates: report.counts.duplicates,
          failed: report.counts.failed,
          stories: report.counts.stories,
        }),
      );
    }
    // Any file that failed is an error a script should see, even when others landed.
    if (report.counts.failed > 0) throw new CliFailure('', 1);
  },
};
