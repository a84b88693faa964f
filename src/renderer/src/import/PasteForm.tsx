// Paste text as a new story, or as a version of the story open in the reader, in a language
// chosen by name (or detected).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useImport } from './ImportProvider';
import { LanguageChoice } from './LanguageChoice';

export function PasteForm(): React.JSX.Element {
  const { t } = useTranslation();
  const { pasteText, openStoryId } = useImport();
  const [text, setText] = useState('');
  const [lang, setLang] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (asVersion: boolean): Promise<void> => {
    setBusy(true);
    const result = await pasteText(text, {
      ...(lang ? { lang } : {}),
      ...(asVersion && openStoryId !== undefined ? { storyId: openStoryId } : {}),
    });
    setBusy(false);
    if (result && result.counts.failed === 0) setText('');
  };
  return (
    <section className="import-section" aria-labelledby="import-paste-title">
      <h3 id="import-paste-title">{t('import.pasteTitle')}</h3>
      <label className="import-paste">
        <span className="import-hint">{t('import.pasteLabel')}</span>
        <textarea value={text} onChange={(e) => setText(e.target.value)} rows={8} spellCheck={false} />
      </label>
      <div className="import-paste-actions">
        <LanguageChoice label={t('import.pasteLanguage')} value={lang} onChange={setLang} />
        <button type="button" disabled={busy || !text.trim()} onClick={() => void submit(false)}>
          {t('import.pasteAsStory')}
        </button>
        {openStoryId !== undefined && (
          <button type="button" disabled={busy || !text.trim()} onClick={() => void submit(true)}>
            {t('import.pasteAsVersion')}
          </button>
        )}
      </div>
    </section>
  );
}
