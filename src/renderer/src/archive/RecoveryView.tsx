// The screen instead of the library when the archive failed its check at start (or the file in its
// place is not an archive): why, and the two ways on — a backup in its place, or what can be read
// of it recovered into a new archive. Both keep the damaged file beside the new one.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArchiveStatus, RecoverSummary } from '../../../shared/api';
import type { ApiError } from '../../../shared/errors';
import { formatNumber } from '../../../shared/i18n/format';
import { ApiFailure, call } from '../api/client';
import { ErrorMessage } from '../app/ErrorMessage';
import { useApi } from '../data/useApi';
import { BackupList } from './BackupList';
import './archive.css';

/** Errors recovery can save something from; for the rest (another program's file) it starts afresh. */
const SALVAGEABLE = new Set(['databaseCorrupt', 'archiveTruncated', 'archiveDamaged']);

export function RecoveryView({ status }: { status: ArchiveStatus }): React.JSX.Element {
  const { t } = useTranslation();
  const backups = useApi('listBackups', {}) ?? { status: 'loading' as const };
  const error = status.error ?? { code: 'databaseCorrupt' as const };
  return (
    <main id="main" className="recovery" data-testid="recovery">
      <h1>{t('recovery.title')}</h1>
      <ErrorMessage error={error} />
      <p>{t('recovery.nothingWritten')}</p>
      <section aria-labelledby="recovery-backups">
        <h2 id="recovery-backups">{t('recovery.fromBackup')}</h2>
        {backups.status === 'ready' && <BackupList list={backups.value} empty={t('recovery.noBackups')} />}
        {backups.status === 'error' && <ErrorMessage error={backups.error} />}
      </section>
      <section aria-labelledby="recovery-salvage">
        <h2 id="recovery-salvage">{SALVAGEABLE.has(error.code) ? t('recovery.salvageTitle') : t('recovery.freshTitle')}</h2>
        <Salvage salvageable={SALVAGEABLE.has(error.code)} />
      </section>
    </main>
  );
}

function Salvage({ salvageable }: { salvageable: boolean }): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const [phase, setPhase] = useState<'idle' | 'confirming' | 'running'>('idle');
  const [done, setDone] = useState<RecoverSummary | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const run = (): void => {
    setPhase('running');
    call('recoverArchive').then(setDone, (e: unknown) => {
      setPhase('idle');
      setError(e instanceof ApiFailure ? e.error : { code: 'internal', detail: String(e) });
    });
  };
  const n = (value: number): string => formatNumber(value, i18n.language);
  return (
    <>
      <p>{salvageable ? t('recovery.salvageHint') : t('recovery.freshHint')}</p>
      {error && <ErrorMessage error={error} />}
      {done ? (
        <p role="status">
          {t('recovery.recovered', { stories: n(done.stories), versions: n(done.versions), blocks: n(done.blocks) })}
        </p>
      ) : phase === 'running' ? (
        <p role="status">{salvageable ? t('recovery.salvaging') : t('recovery.restarting')}</p>
      ) : phase === 'confirming' ? (
        <div className="backup-confirm" role="group" aria-label={t('backups.confirmLabel')}>
          <p>{salvageable ? t('recovery.salvageConfirm') : t('recovery.freshConfirm')}</p>
          <div className="backup-confirm-buttons">
            <button type="button" className="danger" onClick={run}>
              {salvageable ? t('recovery.salvageButton') : t('recovery.freshButton')}
            </button>
            <button type="button" onClick={() => setPhase('idle')}>
              {t('backups.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" onClick={() => setPhase('confirming')}>
          {salvageable ? t('recovery.salvage') : t('recovery.fresh')}
        </button>
      )}
    </>
  );
}
