// The first-run guide in Settings: how many of its stories are left, and Remove the guide — one
// action, asked once, that deletes them all (they are not offered again), but for the versions the
// reader added to them, which stay, and are said to.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/errors';
import { asApiError, call } from '../api/client';
import { ErrorMessage } from '../app/ErrorMessage';
import { useApi, valueOf } from '../data/useApi';

export function GuideSection(): React.JSX.Element | null {
  const { t } = useTranslation();
  const stats = valueOf(useApi('stats', {}));
  const [phase, setPhase] = useState<'idle' | 'confirming' | 'removing' | 'removed'>('idle');
  const [error, setError] = useState<ApiError | null>(null);
  const [kept, setKept] = useState(0);
  const count = stats?.guideStories ?? 0;
  if (phase !== 'removed' && count === 0) return null;

  const remove = (): void => {
    setPhase('removing');
    setError(null);
    call('removeGuide', {}).then(
      (removal) => {
        setKept(removal.kept);
        setPhase('removed');
      },
      (e: unknown) => {
        setError(asApiError(e));
        setPhase('idle');
      },
    );
  };

  return (
    <section className="settings-section" aria-labelledby="settings-guide-title" data-testid="guide">
      <h3 id="settings-guide-title">{t('settings.guideTitle')}</h3>
      {phase === 'removed' ? (
        <p className="settings-hint" role="status">
          {kept > 0 ? t('settings.guideRemovedKept', { count: kept }) : t('settings.guideRemoved')}
        </p>
      ) : (
        <>
          <p className="settings-hint">{t('settings.guideHint', { count })}</p>
          {error && <ErrorMessage error={error} />}
          {phase === 'idle' ? (
            <button type="button" onClick={() => setPhase('confirming')}>
              {t('settings.removeGuide')}
            </button>
          ) : (
            <div className="settings-confirm" role="group" aria-label={t('settings.removeGuide')}>
              <p>{t('settings.removeGuideConfirm', { count })}</p>
              <button type="button" className="danger" autoFocus disabled={phase === 'removing'} onClick={remove}>
                {t('settings.removeGuide')}
              </button>
              <button type="button" disabled={phase === 'removing'} onClick={() => setPhase('idle')}>
                {t('settings.cancel')}
              </button>
            </div>
          )}
        </>
      )}
    </section>
  );
}
