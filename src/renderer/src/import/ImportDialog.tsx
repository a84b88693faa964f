// The import dialog: choose or drop files and folders, paste text, watch a running import and
// read its report.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../app/ErrorMessage';
import { useImport } from './ImportProvider';
import { ImportProgressView } from './ImportProgressView';
import { ImportReportView } from './ImportReportView';
import { PasteForm } from './PasteForm';
import { VersionsOfStory } from './VersionsOfStory';
import './import.css';

export function ImportDialog(): React.JSX.Element {
  const { t } = useTranslation();
  const { dialogOpen, closeDialog, state, openStoryId } = useImport();
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (dialogOpen && !dialog.open) dialog.showModal();
    if (!dialogOpen && dialog.open) dialog.close();
  }, [dialogOpen]);

  return (
    <dialog ref={ref} className="import-dialog" aria-labelledby="import-title" onClose={closeDialog}>
      <header className="import-header">
        <h2 id="import-title">{t('import.title')}</h2>
        <button type="button" className="import-close" onClick={closeDialog}>
          {t('import.close')}
        </button>
      </header>
      {dialogOpen && (
        <>
          {state.phase === 'running' && <ImportProgressView progress={state.progress} cancelling={state.cancelling} />}
          {state.phase === 'done' && <ImportReportView result={state.result} unknownPaths={state.unknownPaths} />}
          {state.phase === 'failed' && <ErrorMessage error={state.error} />}
          {state.phase !== 'running' && (
            <>
              <ChooseFiles />
              <PasteForm />
              {openStoryId !== undefined && <VersionsOfStory storyId={openStoryId} />}
            </>
          )}
        </>
      )}
    </dialog>
  );
}

function ChooseFiles(): React.JSX.Element {
  const { t } = useTranslation();
  const { importFiles, importFolder } = useImport();
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
          if (files.length > 0) importFiles(files);
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
          if (files.length > 0) importFolder(files);
        }}
      />
      <div className="import-choose">
        <button type="button" onClick={() => input.current?.click()}>
          {t('import.chooseFiles')}
        </button>
        <button type="button" onClick={() => folder.current?.click()}>
          {t('import.chooseFolder')}
        </button>
      </div>
    </section>
  );
}
