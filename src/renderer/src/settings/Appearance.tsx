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
      <ChoiceRow legend={t('settings.theme')} name="theme" values={THEMES} chosen={theme} label={(v) => t(THEME_LABEL[v])} onChoose={(v) => choose({ theme: v })} />
      <ChoiceRow legend={t('settings.textSize')} name="text-size" values={TEXT_SIZES} chosen={textSize} label={(v) => t(SIZE_LABEL[v])} onChoose={(v) => choose({ textSize: v })} />
    </section>
  );
}

/** One row of radio buttons, one a value. */
function ChoiceRow<V extends string>(p: {
  legend: string;
  name: string;
  values: readonly V[];
  chosen: V;
  label: (value: V) => string;
  onChoose: (value: V) => void;
}): React.JSX.Element {
  return (
    <fieldset className="settings-row">
      <legend>{p.legend}</legend>
      {p.values.map((value) => (
        <label key={value} className="settings-choice">
          <input type="radio" name={p.name} checked={p.chosen === value} onChange={() => p.onChoose(value)} />
          <span>{p.label(value)}</span>
        </label>
      ))}
    </fieldset>
  );
}
