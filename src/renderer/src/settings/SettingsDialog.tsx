// Settings: the interface language (switches at once, nothing reloads), the theme and text size, the reader's preferred
// reading order of content languages, the archive's backups, and removing the first-run guide.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languageAutonym, languageName } from '../../../shared/i18n/format';
import { pickUiLanguage, UI_LANGUAGES, type UiLanguage } from '../../../shared/i18n/resources';
import { call } from '../api/client';
import { useModalDialog } from '../app/useModalDialog';
import { GuideSection } from './GuideSection';
import { Appearance } from './Appearance';
import { BackupsSection } from '../archive/BackupsSection';
import { useSettings } from './SettingsProvider';
import './settings.css';

export function SettingsDialog({ open, onClose }: { open: boolean; onClose: () => void }): React.JSX.Element {
  const { t } = useTranslation();
  const ref = useModalDialog(open);

  return (
    <dialog ref={ref} className="settings-dialog" aria-labelledby="settings-title" onClose={onClose}>
      <div className="settings-header">
        <h2 id="settings-title">{t('settings.title')}</h2>
        <button type="button" className="settings-close" onClick={onClose}>
          {t('settings.close')}
        </button>
      </div>
      {open && (
        <>
          <InterfaceLanguage />
          <Appearance />
          <ReadingLanguages />
          <GuideSection />
          <BackupsSection />
        </>
      )}
    </dialog>
  );
}

function InterfaceLanguage(): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const { settings, update } = useSettings();
  const system = settings?.systemUiLanguage ?? pickUiLanguage([...navigator.languages]);
  // Shown as chosen at once; the stored settings catch up a moment later.
  const [pending, setPending] = useState<UiLanguage | 'system' | null>(null);
  const selected = pending ?? (settings?.uiLanguageChosen ? settings.uiLanguage : 'system');
  const choose = (value: UiLanguage | 'system'): void => {
    setPending(value);
    void update({ uiLanguage: value === 'system' ? null : value }).finally(() => setPending(null));
  };
  return (
    <fieldset className="settings-section" data-testid="ui-language">
      <legend>{t('settings.interfaceLanguage')}</legend>
      <p className="settings-hint">{t('settings.interfaceLanguageHint')}</p>
      <label className="settings-choice">
        <input type="radio" name="ui-language" checked={selected === 'system'} onChange={() => choose('system')} />
        <span>{t('settings.followSystem', { language: languageName(system, i18n.language) })}</span>
      </label>
      {UI_LANGUAGES.map((lang) => (
        <label key={lang} className="settings-choice">
          <input
            type="radio"
            name="ui-language"
            value={lang}
            checked={selected === lang}
            onChange={() => choose(lang)}
          />
          {/* Each language in its own name and voice, so a reader can find theirs from any other. */}
          <span lang={lang}>{languageAutonym(lang)}</span>
        </label>
      ))}
    </fieldset>
  );
}

function ReadingLanguages(): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const { settings, update } = useSettings();
  const chosen = settings?.readingLanguages ?? [];
  const [archiveLanguages, setArchiveLanguages] = useState<string[]>([]);
  const [adding, setAdding] = useState('');

  useEffect(() => {
    let alive = true;
    call('stats')
      .then((s) => alive && setArchiveLanguages(s.languages.map((l) => l.lang)))
      .catch(() => undefined);
    return () => {
      alive = false;
    };
  }, []);

  const name = (tag: string): string => languageName(tag, i18n.language, { capitalize: true });
  const addable = useMemo(() => {
    const collator = new Intl.Collator(i18n.language);
    return [...new Set([...archiveLanguages, ...UI_LANGUAGES])]
      .filter((tag) => !chosen.includes(tag))
      .sort((a, b) => collator.compare(name(a), name(b)));
  }, [archiveLanguages, chosen, i18n.language]);

  const save = (next: string[]): void => void update({ readingLanguages: next });
  const move = (i: number, by: -1 | 1): void => {
    const next = [...chosen];
    const [item] = next.splice(i, 1);
    if (item === undefined) return;
    next.splice(i + by, 0, item);
    save(next);
  };
  const add = (): void => {
    const tag = adding || addable[0];
    if (tag) save([...chosen, tag]);
    setAdding('');
  };

  return (
    <section className="settings-section" aria-labelledby="reading-languages-title" data-testid="reading-languages">
      <h3 id="reading-languages-title">{t('settings.readingLanguages')}</h3>
      <p className="settings-hint">{t('settings.readingLanguagesHint')}</p>
      {chosen.length === 0 && <p className="settings-hint">{t('settings.noReadingLanguages')}</p>}
      <ol className="reading-languages">
        {chosen.map((tag, i) => (
          <li key={tag}>
            <span className="reading-language-name">{name(tag)}</span>
            <span className="reading-language-tools">
              <button type="button" disabled={i === 0} aria-label={t('settings.moveUp', { language: name(tag) })} onClick={() => move(i, -1)}>
                ↑
              </button>
              <button
                type="button"
                disabled={i === chosen.length - 1}
                aria-label={t('settings.moveDown', { language: name(tag) })}
                onClick={() => move(i, 1)}
              >
                ↓
              </button>
              <button type="button" aria-label={t('settings.remove', { language: name(tag) })} onClick={() => save(chosen.filter((x) => x !== tag))}>
                ×
              </button>
            </span>
          </li>
        ))}
      </ol>
      {addable.length > 0 && (
        <div className="reading-language-add">
          <select aria-label={t('settings.addLanguage')} value={adding || addable[0]} onChange={(e) => setAdding(e.target.value)}>
            {addable.map((tag) => (
              <option key={tag} value={tag}>
                {name(tag)}
              </option>
            ))}
          </select>
          <button type="button" onClick={add}>
            {t('settings.add')}
          </button>
        </div>
      )}
    </section>
  );
}
