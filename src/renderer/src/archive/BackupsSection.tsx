// Settings → Backups: where the copies are, which there are, and restoring one.
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { ErrorMessage } from '../app/ErrorMessage';
import { useApi } from '../data/useApi';
import { BackupList } from './BackupList';

export function BackupsSection(): React.JSX.Element {
  const { t } = useTranslation();
  const list = useApi('listBackups', {}) ?? { status: 'loading' as const };
  return (
    <section className="settings-section" aria-labelledby="backups-title" data-testid="backups">
      <h3 id="backups-title">{t('backups.title')}</h3>
      <p className="settings-hint">{t('backups.hint')}</p>
      {list.status === 'loading' && <p className="settings-hint">{t('backups.loading')}</p>}
      {list.status === 'error' && <ErrorMessage error={list.error} />}
      {list.status === 'ready' && (
        <>
          <p className="settings-hint backup-folder">{t('backups.folder', { folder: list.value.folder })}</p>
          {list.value.lastError && (
            <p className="error" role="alert">
              {t('backups.lastFailed', { reason: t(`errors.${list.value.lastError.code}`, { ...list.value.lastError.params, detail: list.value.lastError.detail ?? '' }) })}
            </p>
          )}
          <BackupList list={list.value} empty={t('backups.none')} />
        </>
      )}
    </section>
  );
}
