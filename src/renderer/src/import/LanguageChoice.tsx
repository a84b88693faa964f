// The language of what is imported, chosen by name: "detect" first, then the interface's
// languages and those already in the archive, each named in the interface language.
import { useTranslation } from 'react-i18next';
import { languageName } from '../../../shared/i18n/format';
import { UI_LANGUAGES } from '../../../shared/i18n/resources';
import { useApi } from '../data/useApi';

/** Shipped and archived languages, once each, ordered by their names in `uiLang`. */
export function languageChoices(archived: readonly string[], uiLang: string): { tag: string; name: string }[] {
  const tags = [...new Set([...UI_LANGUAGES, ...archived.map((t) => t.toLowerCase())])];
  return tags
    .map((tag) => ({ tag, name: languageName(tag, uiLang, { capitalize: true }) }))
    .sort((a, b) => a.name.localeCompare(b.name, uiLang));
}

export function LanguageChoice({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange(lang: string): void;
}): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const stats = useApi('stats', {});
  const archived = stats?.status === 'ready' ? stats.value.languages.map((l) => l.lang) : [];
  return (
    <label className="import-language">
      <span>{label}</span>{' '}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('import.detectLanguage')}</option>
        {languageChoices(archived, i18n.language).map((l) => (
          <option key={l.tag} value={l.tag}>
            {l.name}
          </option>
        ))}
      </select>
    </label>
  );
}
