// The end of an import: files and stories counted apart, how many versions came in, were already
// there, or failed (a zero said plainly, not in red), and for each failure the file and the
// reason in the reader's language. Stories are opened by name, never by number.
import { useTranslation } from 'react-i18next';
import type { ImportResult } from '../../../shared/api';
import { formatNumber } from '../../../shared/i18n/format';
import { errorText } from '../app/ErrorMessage';
import { useImport } from './ImportProvider';

const baseName = (path: string): string => path.split(/[\\/]/u).filter(Boolean).slice(-2).join('/');

export function ImportReportView({
  result,
  unknownPaths,
  files,
}: {
  result: ImportResult;
  unknownPaths: number;
  /** Files read, when files were imported (not pasted text). */
  files: number | null;
}): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const { openStory } = useImport();
  const n = (value: number): string => formatNumber(value, i18n.language);
  const { counts } = result;
  const firstStory = result.imported[0]?.story ?? result.duplicates[0]?.story;
  // Counted by the core, so exact however long the lists it sent back were cut.
  const stories = counts.stories;
  const shortened =
    counts.imported + counts.duplicates + counts.failed > result.imported.length + result.duplicates.length + result.failed.length;
  return (
    <section className="import-report" aria-labelledby="import-report-title" data-testid="import-report">
      <h3 id="import-report-title">{result.cancelled ? t('import.reportCancelled') : t('import.reportTitle')}</h3>
      <ul className="import-units">
        {files !== null && <li>{t('import.countFiles', { number: n(files) })}</li>}
        <li>{t('import.countStories', { number: n(stories) })}</li>
      </ul>
      <ul className="import-summary">
        <li className="imported">{t('import.countImported', { number: n(counts.imported) })}</li>
        <li className="duplicates">{t('import.countDuplicates', { number: n(counts.duplicates) })}</li>
        <li className={counts.failed > 0 ? 'failed some' : 'failed'}>{t('import.countFailed', { number: n(counts.failed) })}</li>
      </ul>
      {unknownPaths > 0 && <p className="notice">{t('import.noPath', { number: n(unknownPaths) })}</p>}
      {firstStory !== undefined && (
        <button type="button" onClick={() => openStory(firstStory)}>
          {t(stories > 1 ? 'import.openFirstStory' : 'import.openTheStory')}
        </button>
      )}
      {result.failed.length > 0 && (
        <details className="import-list" open>
          <summary>{t('import.failedHeading')}</summary>
          <ul data-testid="import-failed">
            {result.failed.map((f, i) => (
              <li key={i}>
                <span className="import-list-file">{baseName(f.file)}</span>
                <span className="import-list-reason">{errorText(t, (key) => i18n.exists(key), f.error)}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
      {result.duplicates.length > 0 && (
        <details className="import-list">
          <summary>{t('import.duplicatesHeading')}</summary>
          <ul>
            {result.duplicates.map((d, i) => (
              <li key={i}>
                <span className="import-list-file">{baseName(d.file)}</span>
                <span className="import-list-reason">{d.by === 'url' ? t('import.sameAddress') : t('import.sameText')}</span>
                <button type="button" className="link" onClick={() => openStory(d.story)}>
                  {t('import.openIt')}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
      {result.imported.length > 0 && (
        <details className="import-list">
          <summary>{t('import.importedHeading')}</summary>
          <ul>
            {result.imported.map((m, i) => (
              <li key={i}>
                <span className="import-list-file">{baseName(m.file)}</span>
                <button type="button" className="link" onClick={() => openStory(m.story)}>
                  {t('import.openIt')}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
      {shortened && (
        <p className="import-hint">{t('import.listsShortened')}</p>
      )}
    </section>
  );
}
