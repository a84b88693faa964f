// What an export wrote, truly: the file, the stories and pairs in it, and what was left out —
// stories without both languages, pairs below the confidence asked for or without a counterpart.
import { useTranslation } from 'react-i18next';
import type { ExportFileReport } from '../../../shared/api';
import { formatNumber, languageName } from '../../../shared/i18n/format';

export function ExportReportView({ report }: { report: ExportFileReport }): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const n = (value: number): string => formatNumber(value, i18n.language);
  const lang = (tag: string | null): string => (tag ? languageName(tag, i18n.language, { capitalize: true }) : '');
  const notes: string[] = [];
  if (report.missingLanguage > 0) notes.push(t('export.skipped', { number: n(report.missingLanguage), from: lang(report.from), to: lang(report.to) }));
  if (report.withoutUnits > 0) notes.push(t('export.withoutUnits', { number: n(report.withoutUnits) }));
  if (report.belowConfidence > 0) notes.push(t('export.belowConfidence', { number: n(report.belowConfidence) }));
  if (report.unpaired > 0) notes.push(t('export.unpaired', { number: n(report.unpaired) }));
  if (report.cleanedUnits > 0) notes.push(t('export.cleaned', { number: n(report.cleanedUnits) }));
  return (
    <section className="export-report" role="status" data-testid="export-report">
      <p className="export-summary">
        {report.format === 'json'
          ? t('export.doneStories', { stories: n(report.stories), file: report.file })
          : t('export.donePairs', { units: n(report.units), stories: n(report.stories), file: report.file })}
      </p>
      {notes.length > 0 && (
        <ul className="export-notes">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
