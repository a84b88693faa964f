// A running export: stories handled of those selected, pairs written so far, and cancel.
import { useTranslation } from 'react-i18next';
import type { ExportProgress } from '../../../shared/api';
import { formatNumber } from '../../../shared/i18n/format';

export function ExportProgressView({
  progress,
  cancelling,
  onCancel,
}: {
  progress: ExportProgress | null;
  cancelling: boolean;
  onCancel: () => void;
}): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const n = (value: number): string => formatNumber(value, i18n.language);
  return (
    <section className="export-progress" aria-labelledby="export-progress-title" aria-live="polite">
      <h3 id="export-progress-title">{t('export.running')}</h3>
      <progress max={progress?.total || 1} value={progress ? progress.done : undefined} aria-label={t('export.progressLabel')} />
      <p className="export-counts" data-testid="export-progress-counts">
        {progress ? t('export.progress', { done: n(progress.done), total: n(progress.total), units: n(progress.units) }) : t('export.starting')}
      </p>
      <button type="button" className="export-cancel" onClick={onCancel} disabled={cancelling}>
        {cancelling ? t('export.cancelling') : t('export.cancel')}
      </button>
    </section>
  );
}
