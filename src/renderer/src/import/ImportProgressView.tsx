// A running import: a progress bar with counts, the time left, the file being read, and cancel.
import { useTranslation } from 'react-i18next';
import type { ImportProgressEvent } from '../../../shared/api';
import { formatNumber } from '../../../shared/i18n/format';
import { useImport } from './ImportProvider';

/** "in 3 minutes" in the reader's language (Intl knows every language's plural forms). */
export function formatTimeLeft(seconds: number, uiLang: string): string {
  const format = new Intl.RelativeTimeFormat(uiLang, { numeric: 'always' });
  if (seconds < 60) return format.format(Math.max(1, Math.round(seconds)), 'second');
  if (seconds < 3600) return format.format(Math.round(seconds / 60), 'minute');
  return format.format(Math.round(seconds / 360) / 10, 'hour');
}

/** The last part of a path: a full path does not fit, and the name is what the reader knows. */
const baseName = (path: string): string => path.split(/[\\/]/u).filter(Boolean).slice(-2).join('/');

export function ImportProgressView({
  progress,
  cancelling,
}: {
  progress: ImportProgressEvent | null;
  cancelling: boolean;
}): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const { cancel } = useImport();
  const n = (value: number): string => formatNumber(value, i18n.language);
  return (
    <section className="import-progress" aria-labelledby="import-progress-title" aria-live="polite">
      <h3 id="import-progress-title">{t('import.running')}</h3>
      <progress
        max={progress?.total || 1}
        value={progress ? progress.done : undefined}
        aria-label={t('import.progressLabel')}
      />
      <p className="import-counts" data-testid="import-progress-counts">
        {progress ? t('import.progress', { done: n(progress.done), count: progress.total }) : t('import.starting')}
        {progress?.etaSeconds != null && progress.etaSeconds > 0 && (
          <span className="import-eta"> · {t('import.timeLeft', { when: formatTimeLeft(progress.etaSeconds, i18n.language) })}</span>
        )}
      </p>
      {progress && (
        <p className="import-tally">
          {t('import.countImported', { number: n(progress.imported) })} · {t('import.countDuplicates', { number: n(progress.duplicates) })} ·{' '}
          {t('import.countFailed', { number: n(progress.failed) })}
        </p>
      )}
      {progress?.file && <p className="import-file">{t('import.currentFile', { file: baseName(progress.file) })}</p>}
      <button type="button" className="import-cancel" onClick={cancel} disabled={cancelling}>
        {cancelling ? t('import.cancelling') : t('import.cancel')}
      </button>
    </section>
  );
}
