// `diptych restore FILE`: FILE takes the archive's place once it proves a sound Diptych archive;
// the archive it replaces is kept beside it as archive.db.before-restore-<date>.
import { restoreArchive } from '../../core/db/restore';
import { CliFailure, type CliCommand } from '../context';

export const restoreCommand: CliCommand = {
  maxArguments: 1,
  // Restoring where no archive is yet makes one.
  createsArchive: true,
  run(ctx) {
    const source = ctx.positionals[0];
    if (source === undefined) throw new CliFailure(ctx.t('cli.missingArgument', { command: 'restore', what: 'FILE' }), 2);
    const { archive, kept } = restoreArchive(ctx.archivePath(), source);
    if (ctx.json) ctx.printJson({ archive, restoredFrom: source, kept });
    else if (kept) ctx.err(ctx.t('cli.restored', { source, archive, kept }));
    else ctx.err(ctx.t('cli.restoredNew', { source, archive }));
  },
};
