// The header's way into import; File → Import… and dropping files open the same dialog.
import { useTranslation } from 'react-i18next';
import { ImportDialog } from './ImportDialog';
import { useImport } from './ImportProvider';

export function ImportButton(): React.JSX.Element {
  const { t } = useTranslation();
  const { openDialog, state } = useImport();
  return (
    <>
      <button type="button" className="import-open" aria-haspopup="dialog" onClick={openDialog}>
        {state.phase === 'running' ? t('import.openRunning') : t('import.open')}
      </button>
      <ImportDialog />
    </>
  );
}
