// Asks once how the archive fared at start: sound, the app as usual (with a word after a
// restore); damaged, the recovery screen. While Diptych restarts to put a backup in place, says so.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArchiveStatus } from '../../../shared/api';
import { call, onEvent } from '../api/client';
import { ErrorMessage } from '../app/ErrorMessage';
import { RecoveryView } from './RecoveryView';
import './archive.css';

export function ArchiveGate({ children }: { children: React.ReactNode }): React.JSX.Element {
  const { t } = useTranslation();
  const [status, setStatus] = useState<ArchiveStatus | null>(null);
  const [restarting, setRestarting] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  useEffect(() => onEvent('restartRequested', () => setRestarting(true)), []);
  useEffect(() => {
    let alive = true;
    call('archiveStatus').then(
      (s) => alive && setStatus(s),
      // An older host without the method, or a hiccup: show the archive as usual.
      () => alive && setStatus({ state: 'sound', error: null, restored: null, restoreFailed: null }),
    );
    return () => {
      alive = false;
    };
  }, []);
  if (restarting) {
    return (
      <main id="main" className="restarting" data-testid="restarting">
        <h1>{t('app.name')}</h1>
        <p className="notice" role="status">
          {t('recovery.restarting')}
        </p>
      </main>
    );
  }
  if (!status) return <p className="loading">{t('app.loading')}</p>;
  if (status.state === 'damaged') return <RecoveryView status={status} />;
  return (
    <>
      {!dismissed && (status.restored || status.restoreFailed) && (
        <div className="archive-notice" role="status" data-testid="archive-notice">
          {status.restored && <p>{status.restored.kept ? t('recovery.restoredKept', { kept: status.restored.kept }) : t('recovery.restored')}</p>}
          {status.restoreFailed && <ErrorMessage error={status.restoreFailed} />}
          <button type="button" onClick={() => setDismissed(true)}>
            {t('recovery.dismiss')}
          </button>
        </div>
      )}
      {children}
    </>
  );
}
