// `diptych check`: the full check of the archive (every page, the search index, every reference),
// writing nothing. Exit 0 when sound; 1 with what is wrong.
import type { CheckName } from '../../core/db/check';
import { checkArchiveFile } from '../../core/db/verify';
import { CliFailure, type CliCommand, type CliContext } from '../context';

/** Problems listed one a line; --json has them all. */
const SHOWN = 20;

export const checkCommand: CliCommand = {
  maxArguments: 0,
  run(ctx) {
    const file = ctx.archivePath();
    const result = checkArchiveFile(file);
    if (ctx.json) ctx.printJson({ file, ok: result.ok, schemaVersion: result.schemaVersion, problems: result.problems });
    else if (result.ok) ctx.out(ctx.t('cli.checkSound', { file }));
    else {
      ctx.out(ctx.t('cli.checkProblems', { file, count: result.problems.length }));
      for (const p of result.problems.slice(0, SHOWN)) {
        ctx.out(`  ${ctx.t('cli.checkProblem', { check: checkName(ctx, p.check), detail: p.detail })}`);
      }
      if (result.problems.length > SHOWN) ctx.out(`  ${ctx.t('cli.checkMore', { count: result.problems.length - SHOWN })}`);
    }
    if (!result.ok) throw new CliFailure('', 1);
  },
};

function checkName(ctx: CliContext, check: CheckName): string {
  switch (check) {
    case 'integrity':
      return ctx.t('cli.checkIntegrity');
    case 'searchIndex':
      return ctx.t('cli.checkSearchIndex');
    case 'foreignKeys':
      return ctx.t('cli.checkReferences');
  }
}
