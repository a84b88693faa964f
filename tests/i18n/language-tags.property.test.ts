// Whatever the system or the environment says, choosing a language never throws and always lands
// on a shipped locale; stored reading languages are always well-formed tags.
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { cliUiLanguage } from '../../src/main/cli/ui-language';
import { canonicalTags, defaultReadingLanguages } from '../../src/main/core/settings/settings';
import { languageName } from '../../src/shared/i18n/format';
import { pickUiLanguage, UI_LANGUAGES } from '../../src/shared/i18n/resources';

const tagLike = fc.oneof(
  fc.string(),
  fc.constantFrom('uk_UA.UTF-8', 'et-EE', 'C', 'POSIX', 'C.UTF-8', 'de_DE@euro', 'sr-Latn-RS', 'zh-Hant-TW', '', 'x-klingon'),
);

it('picks a shipped interface language from any list of preferences', () => {
  fc.assert(
    fc.property(fc.array(tagLike, { maxLength: 6 }), (tags) => {
      expect(UI_LANGUAGES).toContain(pickUiLanguage(tags));
    }),
  );
});

it('picks a shipped CLI language from any locale environment', () => {
  fc.assert(
    fc.property(
      fc.record({ LC_ALL: fc.option(tagLike), LC_MESSAGES: fc.option(tagLike), LANG: fc.option(tagLike), LANGUAGE: fc.option(tagLike) }),
      fc.option(tagLike),
      (env, override) => {
        const clean = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== null)) as NodeJS.ProcessEnv;
        expect(UI_LANGUAGES).toContain(cliUiLanguage(clean, override ?? undefined));
      },
    ),
  );
});

it('keeps only well-formed, distinct tags for reading languages', () => {
  fc.assert(
    fc.property(fc.array(tagLike, { maxLength: 8 }), (tags) => {
      const out = canonicalTags(tags);
      expect(new Set(out).size).toBe(out.length);
      for (const t of out) expect(Intl.getCanonicalLocales(t)).toEqual([t]);
      const reading = defaultReadingLanguages('uk', tags);
      expect(reading[0]).toBe('uk');
      expect(new Set(reading).size).toBe(reading.length);
    }),
  );
});

it('names any tag without throwing', () => {
  fc.assert(
    fc.property(tagLike, fc.constantFrom(...UI_LANGUAGES), (tag, ui) => {
      expect(typeof languageName(tag, ui, { capitalize: true })).toBe('string');
    }),
  );
});
