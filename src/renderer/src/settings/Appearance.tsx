// Settings → Appearance: the theme (as the system, light, dark) and the text size, kept in the
// archive's settings so every window and the next start look the same.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TEXT_SIZES, THEMES, type TextSize, type Theme } from '../../../shared/api/settings';
import { useSettings } from './SettingsProvider';

const THEME_LABEL = { system: 'settings.themeSystem', light: 'settings.themeLight', dark: 'settings.themeDark' } as const;
const SIZE_LABEL = { small: 'settings.textSmall', normal: 'settings.textNormal', large: 'settings.textLarge', larger: 'settings.textLarger' } as const;

export function Appearance(): React.JSX.Element {
  const { t } = useTranslation();
  const { settings, update } = useSettings();
  // Shown as chosen at once; the stored settings catch up a moment later.
  const [pending, setPending] = useState<{ theme?: Theme; textSize?: TextSize }>({});
  const theme = pending.theme ?? settings?.theme ?? 'system';
  const textSize = pending.textSize ?? settings?.textSize ?? 'normal';
  const choose = (change: { theme?: Theme; textSize?: TextSize }): void => {
    setPending(change);
    void update(change).finally(() => setPending({}));
  };
  return (
    <section className="settings-section" aria-labelledby="appearance-title" data-testid="appearance">
      <h3 id="appearance-title">{t('settings.appearance')}</h3>
      <fieldset className="settings-row">
        <legend>{t('settings.theme')}</legend>
        {THEMES.map((value) => (
          <label key={value} className="settings-choice">
            <input type="radio" name="theme" checked={theme === value} onChange={() => choose({ theme: value })} />
            <span>{t(THEME_LABEL[value])}</span>
          </label>
        ))}
      </fieldset>
      <fieldset className="settings-row">
        <legend>{t('settings.textSize')}</legend>
        {TEXT_SIZES.map((value) => (
          <label key={value} className="settings-choice">
            <input type="radio" name="text-size" checked={textSize === value} onChange={() => choose({ textSize: value })} />
            <span>{t(SIZE_LABEL[value])}</span>
          </label>
        ))}
      </fieldset>
    </section>
  );
}
