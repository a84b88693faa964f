// The reader's settings for the whole renderer: loaded once, kept in step with the
// `settingsChanged` event (from this window, the native menu or another window), and applied to
// i18next at once. react-i18next re-renders every translated component in place, so switching
// the interface language keeps the open story, its scroll position and the search text.
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiInput, Settings } from '../../../shared/api';
import { call, onEvent } from '../api/client';
import { pseudoLocaleFromUrl } from './pseudo-locale';
import { applyAppearance } from './appearance';

type SettingsChange = ApiInput<'updateSettings'>;

interface SettingsState {
  /** Null only if the settings could not be read (the interface then stays as it started). */
  settings: Settings | null;
  update(change: SettingsChange): Promise<void>;
}

const SettingsContext = createContext<SettingsState>({ settings: null, update: async () => {} });

export function useSettings(): SettingsState {
  return useContext(SettingsContext);
}

export function SettingsProvider({ children }: { children: React.ReactNode }): React.JSX.Element | null {
  const { i18n } = useTranslation();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [ready, setReady] = useState(false);

  const apply = useCallback(
    (next: Settings) => {
      setSettings(next);
      applyAppearance(document.documentElement, next);
      // A pseudo-locale (tests of right-to-left layout) stays on whatever the settings say.
      if (!pseudoLocaleFromUrl(i18n) && i18n.language !== next.uiLanguage) void i18n.changeLanguage(next.uiLanguage);
    },
    [i18n],
  );

  useEffect(() => {
    let alive = true;
    const off = onEvent('settingsChanged', (next) => alive && apply(next));
    call('getSettings')
      .then((s) => alive && apply(s))
      .catch(() => undefined)
      .finally(() => alive && setReady(true));
    // Never a blank window: if the archive is slow to answer, show the interface anyway.
    const fallback = setTimeout(() => alive && setReady(true), 1500);
    return () => {
      alive = false;
      clearTimeout(fallback);
      off();
    };
  }, [apply]);

  const update = useCallback(
    async (change: SettingsChange) => {
      apply(await call('updateSettings', change));
    },
    [apply],
  );
  const value = useMemo(() => ({ settings, update }), [settings, update]);

  // Wait for the stored language before the first paint, so the reader never sees a flash of
  // another language.
  if (!ready) return null;
  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>;
}
