// `diptych backup FILE`: a consistent copy of the archive made with SQLite's online backup, safe
// while the app or another command writes; the copy is checked before the command says it is done.
import { existsSync, rmSync } from 'node:fs';
import { DiptychError } from '../../../shared/errors';
import { formatByteSize } from '../../../shared/i18n/format';
import { backupArchive } from '../../core/db/backup';
import { inspectArchive } from '../../core/db/open';
import { CliFailure, type CliCommand } from '../context';

export const backupCommand: CliCommand = {
  maxArguments: 1,
  async run(ctx) {
    const dest = ctx.positionals[0];
    if (dest === undefined) throw new CliFailure(ctx.t('cli.missingArgument', { command: 'backup', what: 'FILE' }), 2);
    if (existsSync(dest)) throw new DiptychError('outputExists', { file: dest });
    const { bytes } = await backupArchive(ctx.db(), dest);
    try {
      inspectArchive(dest);
    } catch (e) {
      rmSync(dest, { force: true });
      throw e;
    }
    if (ctx.json) ctx.printJson({ backup: dest, bytes });
    else ctx.err(ctx.t('cli.backupWritten', { file: dest, size: formatByteSize(bytes, ctx.uiLang) }));
  },
};
