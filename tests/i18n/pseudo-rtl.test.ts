// The right-to-left pseudo-locale the browser tests use: complete, with Arabic plural forms,
// mirrored text and placeholders left readable.
import { expect, it } from 'vitest';
import { createI18n } from '../../src/shared/i18n/create';
import { buildPseudoRtlResources, pseudoRtlString, PSEUDO_RTL_LANGUAGE } from '../../src/shared/i18n/pseudo-rtl';
import en from '../../src/shared/locales/en.json';

const RLO = '\u202e';
const PDF = '\u202c';

it('wraps text runs in a right-to-left override and leaves placeholders outside', () => {
  expect(pseudoRtlString('Nothing matches “{{query}}”.')).toBe(`${RLO}Nothing matches “${PDF}{{query}}${RLO}”.${PDF}`);
  expect(pseudoRtlString('{{place}} · {{agency}}')).toBe(`{{place}}${RLO} · ${PDF}{{agency}}`);
});

it('has every plural form Arabic needs, so counts never fall back to a key', () => {
  const i18n = createI18n('en');
  i18n.addResourceBundle(PSEUDO_RTL_LANGUAGE, 'translation', buildPseudoRtlResources(en));
  void i18n.changeLanguage(PSEUDO_RTL_LANGUAGE);
  expect(i18n.dir()).toBe('rtl');
  for (const count of [0, 1, 2, 3, 11, 100, 1.5]) {
    const text = i18n.t('library.storyCount', { count });
    expect(text).toContain(RLO);
    expect(text).not.toContain('storyCount');
  }
  expect(i18n.t('errors.notFound', { id: 42 })).toBe(pseudoRtlString(en.errors.notFound).replace('{{id}}', '42'));
});
