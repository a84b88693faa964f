// The CLI answers in the user's language as command-line tools do: --ui-lang, then the locale
// of messages from LC_ALL, LC_MESSAGES, LANG (the first one set wins, as in POSIX), then English.
// Like GNU gettext, LANGUAGE ("uk:en") gives a list of preferences, but only when the locale is
// not C/POSIX: there it means "no translation".
import { pickUiLanguage, type UiLanguage } from '../../shared/i18n/resources';

export function cliUiLanguage(env: NodeJS.ProcessEnv, override?: string): UiLanguage {
  if (override) return pickUiLanguage([override]);
  const posix = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '');
  if (!posix || posix === 'C' || posix === 'POSIX' || posix.startsWith('C.')) {
    return pickUiLanguage([]);
  }
  const fromLanguage = env.LANGUAGE ? env.LANGUAGE.split(':') : [];
  // "uk_UA.UTF-8@variant" → "uk-UA".
  const tags = [...fromLanguage, posix].map((p) => p.replace(/[.@].*$/u, '').replace(/_/gu, '-')).filter(Boolean);
  return pickUiLanguage(tags);
}
