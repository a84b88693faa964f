// The header's way into settings; the native menu's "Settings…" opens the same dialog.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { onEvent } from '../api/client';
import { SettingsDialog } from './SettingsDialog';

export function SettingsButton(): React.JSX.Element {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  useEffect(
    () =>
      onEvent('menuCommand', ({ command }) => {
        if (command === 'openSettings') setOpen(true);
      }),
    [],
  );
  return (
    <>
      <button type="button" className="settings-open" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('settings.open')}
      </button>
      <SettingsDialog open={open} onClose={() => setOpen(false)} />
    </>
  );
}
