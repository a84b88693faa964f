// The archive's backups, newest first, each restorable after a confirmation that says what happens:
// Diptych restarts with the backup, and the archive as it is now is kept beside it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo, BackupList as Backups } from '../../../shared/api';
import type { ApiError } from '../../../shared/errors';
import { formatByteSize, formatDateTime } from '../../../shared/i18n/format';
import { ApiFailure, call } from '../api/client';
import { ErrorMessage } from '../app/ErrorMessage';
import './archive.css';

/** `empty`: what to say when there is none (Settings: when the first will be made; recovery: that there is none). */
export function BackupList({ list, empty }: { list: Backups; empty: string }): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [restoring, setRestoring] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const restore = (name: string): void => {
    setRestoring(name);
    setError(null);
    call('restoreBackup', { name }).catch((e: unknown) => {
      setRestoring(null);
      setError(e instanceof ApiFailure ? e.error : { code: 'internal', detail: String(e) });
    });
  };

  if (list.backups.length === 0) return <p className="settings-hint">{empty}</p>;
  return (
    <>
      {error && <ErrorMessage error={error} />}
      <ul className="backup-list" data-testid="backup-list">
        {list.backups.map((b) => (
          <li key={b.name} className="backup-row">
            <BackupLine backup={b} />
            {confirming === b.name ? (
              <div className="backup-confirm" role="group" aria-label={t('backups.confirmLabel')}>
                <p>{t('backups.confirm', { date: formatDateTime(b.createdAt, i18n.language) ?? b.createdAt })}</p>
                {restoring === b.name ? (
                  <p role="status">{t('backups.restoring')}</p>
                ) : (
                  <div className="backup-confirm-buttons">
                    <button type="button" className="danger" onClick={() => restore(b.name)}>
                      {t('backups.restoreAndRestart')}
                    </button>
                    <button type="button" onClick={() => setConfirming(null)}>
                      {t('backups.cancel')}
                    </button>
                  </div>
                )}
              </div>
            ) : (
              <button type="button" disabled={restoring !== null} onClick={() => setConfirming(b.name)}>
                {t('backups.restore')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

function BackupLine({ backup }: { backup: BackupInfo }): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const kind = backup.kind === 'daily' ? t('backups.daily') : t('backups.beforeMigration');
  return (
    <span className="backup-line">
      <span className="backup-when">{formatDateTime(backup.createdAt, i18n.language) ?? backup.createdAt}</span>
      <span className="backup-kind">{kind}</span>
      <span className="backup-size">{formatByteSize(backup.bytes, i18n.language)}</span>
    </span>
  );
}
