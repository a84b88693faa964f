import { normalizeLangTag } from '../../core/import/lang-tag';
import { CliFailure, type CliContext } from '../context';

export function parseStoryId(ctx: CliContext, value: string | undefined): number {
  if (value === undefined) {
    throw new CliFailure(ctx.t('cli.missingArgument', { command: ctx.command, what: 'ID' }), 2);
  }
  const id = Number(value);
  if (!Number.isSafeInteger(id) || id <= 0) {
    throw new CliFailure(ctx.t('cli.notANumber', { value }), 2);
  }
  return id;
}

/** A language tag given on the command line (`--lang`, `--original`), or bad usage. */
export function parseLanguageOption(ctx: CliContext, option: string): string | undefined {
  const value = ctx.options[option];
  if (typeof value !== 'string') return undefined;
  const lang = normalizeLangTag(value);
  if (!lang) throw new CliFailure(ctx.t('cli.badLanguageTag', { option: `--${option}`, tag: value }), 2);
  return lang;
}
