// The import dialog, in steps: choose (files and folders, or one of its own places: pasting text,
// the open story's versions), then the progress of a running import, then its report. One step
// is on screen at a time.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../app/ErrorMessage';
import { useModalDialog } from '../app/useModalDialog';
import { useImport } from './ImportProvider';
import { ImportProgressView } from './ImportProgressView';
import { ImportReportView } from './ImportReportView';
import { LanguageChoice } from './LanguageChoice';
import { PasteForm } from './PasteForm';
import { VersionsOfStory } from './VersionsOfStory';
import './import.css';

/** Where the choose step is: the files, or one of the places of their own. */
type Place = 'files' | 'paste' | 'versions';
const STEPS = ['choose', 'progress', 'report'] as const;
const STEP_LABEL = { choose: 'import.stepChoose', progress: 'import.stepProgress', report: 'import.stepReport' } as const;

export function ImportDialog(): React.JSX.Element {
  const { t } = useTranslation();
  const { dialogOpen, closeDialog, state, openStoryId, reset } = useImport();
  const ref = useModalDialog(dialogOpen);
  const [place, setPlace] = useState<Place>('files');

  // Closed, the dialog forgets where it was: it opens on the files again.
  useEffect(() => {
    if (!dialogOpen) setPlace('files');
  }, [dialogOpen]);

  const step = state.phase === 'running' ? 'progress' : state.phase === 'idle' ? 'choose' : 'report';
  const back = (
    <button type="button" className="import-back" onClick={() => setPlace('files')}>
      {t('import.back')}
    </button>
  );

  return (
    <dialog ref={ref} className="dialog-frame import-dialog" aria-labelledby="import-title" onClose={closeDialog}>
      <div className="dialog-header import-header">
        <h2 id="import-title">{t('import.title')}</h2>
        <ol className="import-steps" aria-label={t('import.steps')}>
          {STEPS.map((s) => (
            <li key={s} aria-current={s === step ? 'step' : undefined} className={s === step ? 'on' : ''}>
              {t(STEP_LABEL[s])}
            </li>
          ))}
        </ol>
        <button type="button" className="import-close" onClick={closeDialog}>
          {t('import.close')}
        </button>
      </div>
      {dialogOpen && (
        <div className="import-body">
          {state.phase === 'running' && <ImportProgressView progress={state.progress} cancelling={state.cancelling} />}
          {state.phase === 'done' && <ImportReportView result={state.result} unknownPaths={state.unknownPaths} files={state.files} />}
          {state.phase === 'failed' && <ErrorMessage error={state.error} />}
          {step === 'report' && (
            <div className="import-next">
              <button
                type="button"
                onClick={() => {
                  reset();
                  setPlace('files');
                }}
              >
                {t('import.importMore')}
              </button>
            </div>
          )}
          {step === 'choose' && place === 'files' && (
            <>
              <ChooseFiles />
              <div className="import-places">
                <button type="button" onClick={() => setPlace('paste')}>
                  {t('import.pasteOpen')}
                </button>
                {openStoryId !== undefined && (
                  <button type="button" onClick={() => setPlace('versions')}>
                    {t('import.versionsOpen')}
                  </button>
                )}
              </div>
            </>
          )}
          {step === 'choose' && place === 'paste' && (
            <>
              <PasteForm />
              <div className="import-next">{back}</div>
            </>
          )}
          {step === 'choose' && place === 'versions' && openStoryId !== undefined && (
            <>
              <VersionsOfStory storyId={openStoryId} />
              <div className="import-next">{back}</div>
            </>
          )}
        </div>
      )}
    </dialog>
  );
}

function ChooseFiles(): React.JSX.Element {
  const { t } = useTranslation();
  const { importFiles, importFolder } = useImport();
  const [lang, setLang] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const folder = useRef<HTMLInputElement>(null);
  return (
    <section className="import-section" aria-labelledby="import-files-title">
      <h3 id="import-files-title">{t('import.filesTitle')}</h3>
      <p className="import-hint">{t('import.dropHint')}</p>
      <input
        ref={input}
        type="file"
        multiple
        hidden
        data-testid="import-file-input"
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          if (files.length > 0) importFiles(files, lang || undefined);
        }}
      />
      <input
        ref={folder}
        type="file"
        hidden
        {...{ webkitdirectory: '' }}
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          if (files.length > 0) importFolder(files, lang || undefined);
        }}
      />
      <div className="import-choose">
        <button type="button" onClick={() => input.current?.click()}>
          {t('import.chooseFiles')}
        </button>
        <button type="button" onClick={() => folder.current?.click()}>
          {t('import.chooseFolder')}
        </button>
        <LanguageChoice label={t('import.filesLanguage')} value={lang} onChange={setLang} />
      </div>
    </section>
  );
}
