// The header's way into settings; the native menu's "Settings…" opens the same dialog (App).
import { useTranslation } from 'react-i18next';
import { SettingsDialog } from './SettingsDialog';

export function SettingsButton({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <>
      <button type="button" className="settings-open" aria-haspopup="dialog" onClick={() => onOpenChange(true)}>
        {t('settings.open')}
      </button>
      <SettingsDialog open={open} onClose={() => onOpenChange(false)} />
    </>
  );
}
