// Compile-time check (npm run typecheck), not run by vitest: a key missing from en.json is a type
// error wherever t() is called, thanks to src/shared/i18n/typed-keys.d.ts.
import type { TFunction } from 'i18next';

export function typedKeys(t: TFunction): string[] {
  return [
    t('library.title'),
    t('library.storyCount', { count: 3 }),
    // @ts-expect-error — no such key in en.json
    t('library.titel'),
  ];
}
