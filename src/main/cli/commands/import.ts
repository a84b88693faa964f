import { DiptychError } from '../../../shared/errors';
import { PROVENANCES, type Provenance } from '../../../shared/model';
import { importPaths } from '../../core/import/import-files';
import { CliFailure, type CliCommand } from '../context';
import { parseStoryId } from './arguments';
import { translateError } from '../translate-error';

export const importCommand: CliCommand = {
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
    let report;
    try {
      report = importPaths(ctx.db(), ctx.positionals, {
        lang: ctx.options.lang as string | undefined,
        translationOf:
          typeof translationOf === 'string' ? parseStoryId(ctx, translationOf) : undefined,
        originalLang: ctx.options.original as string | undefined,
        provenance: provenance as Provenance | undefined,
      });
    } catch (e) {
      if (e instanceof DiptychError) throw new CliFailure(translateError(ctx.t, { code: e.code, params: e.params }));
      throw e;
    }
    if (ctx.json) {
      ctx.printJson({
        imported: report.imported,
        duplicates: report.duplicates,
        failed: report.failed.map((f) => ({
          file: f.file,
          reason: translateError(ctx.t, f.error),
          code: f.error.code,
        })),
      });
    } else {
      for (const i of report.imported) ctx.out(ctx.t('cli.imported', i));
      for (const d of report.duplicates) ctx.err(ctx.t('cli.duplicate', d));
      ctx.err(
        ctx.t('cli.importSummary', {
          imported: report.imported.length,
          duplicates: report.duplicates.length,
          failed: report.failed.length,
        }),
      );
    }
    for (const f of report.failed) {
      ctx.err(ctx.t('cli.failed', { file: f.file, reason: translateError(ctx.t, f.error) }));
    }
    // Nothing landed and something failed: that is an error the caller should see.
    if (report.failed.length > 0 && report.imported.length === 0 && report.duplicates.length === 0) {
      throw new CliFailure('', 1);
    }
  },
};
