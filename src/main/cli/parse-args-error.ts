// node:util parseArgs reports bad options in English; the CLI says it in the user's language.
import type { TFunction } from 'i18next';

export function translateParseArgsError(t: TFunction, error: unknown): string {
  const { code, message } = error as { code?: string; message?: string };
  // Node names the option in quotes: "Unknown option '--foo'…", "Option '--db <value>' argument missing".
  const option = /'(-[^' ]*)/u.exec(message ?? '')?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return t('cli.unknownOption', { option });
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return /does not take an argument/u.test(message ?? '')
      ? t('cli.optionTakesNoValue', { option })
      : t('cli.optionNeedsValue', { option });
  }
  return t('cli.badOption', { message: message ?? '' });
}
