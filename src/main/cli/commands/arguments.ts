import { CliFailure, type CliContext } from '../context';

export function parseStoryId(ctx: CliContext, value: string | undefined): number {
  if (value === undefined) {
    throw new CliFailure(ctx.t('cli.missingArgument', { command: 'show', what: 'ID' }), 2);
  }
  const id = Number(value);
  if (!Number.isSafeInteger(id) || id <= 0) {
    throw new CliFailure(ctx.t('cli.notANumber', { value }), 2);
  }
  return id;
}
