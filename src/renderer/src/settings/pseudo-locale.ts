// Tests of right-to-left layout open the app with `?pseudo=rtl`: the interface switches to the
// mirrored English pseudo-locale (see shared/i18n/pseudo-rtl.ts). Readers never see it.
import type { i18n as I18n } from 'i18next';
import en from '../../../shared/locales/en.json';
import { buildPseudoRtlResources, PSEUDO_RTL_LANGUAGE } from '../../../shared/i18n/pseudo-rtl';

export function pseudoLocaleFromUrl(i18n: I18n): boolean {
  if (new URLSearchParams(window.location.search).get('pseudo') !== 'rtl') return false;
  if (!i18n.hasResourceBundle(PSEUDO_RTL_LANGUAGE, 'translation')) {
    i18n.addResourceBundle(PSEUDO_RTL_LANGUAGE, 'translation', buildPseudoRtlResources(en));
  }
  if (i18n.language !== PSEUDO_RTL_LANGUAGE) void i18n.changeLanguage(PSEUDO_RTL_LANGUAGE);
  return true;
}
