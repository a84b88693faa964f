// The CLI answers in the user's language as command-line tools do: --ui-lang, then LC_ALL,
// LC_MESSAGES, LANG (the first one set wins, as in POSIX), then English.
import { pickUiLanguage, type UiLanguage } from '../../shared/i18n/resources';

export function cliUiLanguage(env: NodeJS.ProcessEnv, override?: string): UiLanguage {
  if (override) return pickUiLanguage([override]);
  const posix = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '');
  if (!posix || posix === 'C' || posix === 'POSIX' || posix.startsWith('C.')) {
    return pickUiLanguage([]);
  }
  // "uk_UA.UTF-8@variant" → "uk-UA"; LANGUAGE-style lists ("uk:en") offer several.
  const tags = posix.split(':').map((p) => p.replace(/[.@].*$/u, '').replace(/_/gu, '-'));
  return pickUiLanguage(tags);
}
