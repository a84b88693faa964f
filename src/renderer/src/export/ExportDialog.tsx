// The export dialog: the format (TMX, XLIFF, CSV, TSV or JSON) and its options (paragraph or
// sentence pairs, a minimum confidence, a byte order mark for spreadsheets), the two languages
// when exporting search results, then main's save dialog; progress and cancel while it runs, and
// a report of what was written and what was left out.
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PAIR_FORMATS, isPairFormat, type ExportSelection } from '../../../shared/api/export';
import { formatNumber, languageName } from '../../../shared/i18n/format';
import { directionOf } from '../../../shared/reader/text-pieces';
import { ErrorMessage } from '../app/ErrorMessage';
import { useModalDialog } from '../app/useModalDialog';
import { ExportProgressView } from './ExportProgressView';
import { ExportReportView } from './ExportReportView';
import { initialOptions, parseConfidence, suggestedName, type ExportOptions, type ExportTarget } from './export-options';
import { useExportJob, type ExportJob } from './useExportJob';
import './export.css';

export function ExportDialog({ open, target, onClose }: { open: boolean; target: ExportTarget; onClose: () => void }): React.JSX.Element {
  const { t } = useTranslation();
  const ref = useModalDialog(open);
  const job = useExportJob();
  const running = job.state.phase === 'running' || job.state.phase === 'choosing';

  const close = (): void => {
    if (running) return;
    job.reset();
    onClose();
  };

  return (
    <dialog
      ref={ref}
      className="dialog-frame export-dialog"
      aria-labelledby="export-title"
      onClose={close}
      // Esc while the export runs would leave it running unseen: cancel it first.
      onCancel={(e) => running && e.preventDefault()}
    >
      <div className="dialog-header export-header">
        <h2 id="export-title">{t(target.kind === 'pair' ? 'export.titlePair' : 'export.titleResults')}</h2>
        <button type="button" className="export-close" onClick={close} disabled={running}>
          {t('export.close')}
        </button>
      </div>
      {open && <ExportBody target={target} job={job} />}
    </dialog>
  );
}

function ExportBody({ target, job }: { target: ExportTarget; job: ExportJob }): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const [options, setOptions] = useState(() => initialOptions(target));
  const set = (change: Partial<ExportOptions>): void => setOptions((o) => ({ ...o, ...change }));
  const lang = (tag: string): string => languageName(tag, i18n.language, { capitalize: true });
  const { state } = job;
  // The progress (and its Cancel, which had the focus) gives way to the outcome: the focus goes there.
  const outcome = useRef<HTMLDivElement>(null);
  const ended = state.phase === 'done' || state.phase === 'cancelled' || state.phase === 'failed';
  useEffect(() => {
    if (!ended) return;
    outcome.current?.focus();
    // All of it in view, not just its first line: a narrow window would cut the report off.
    outcome.current?.scrollIntoView({ block: 'nearest' });
  }, [ended, state]);
  const minConfidence = parseConfidence(options.minConfidence);
  const pairs = isPairFormat(options.format);
  // JSON holds whole stories, every version: the languages are for the pair formats.
  const twoLanguages = options.from !== '' && options.to !== '' && options.from !== options.to;
  const ready = !pairs || (twoLanguages && minConfidence !== null);

  const start = (): void => {
    const selection: ExportSelection =
      target.kind === 'pair' ? { kind: 'ids', ids: [target.storyId] } : { kind: 'query', query: target.query, sort: target.sort };
    job.start(
      {
        selection,
        format: options.format,
        ...(pairs ? { from: options.from, to: options.to, sentences: options.sentences, minConfidence: minConfidence ?? 0 } : {}),
        ...(options.format === 'csv' || options.format === 'tsv' ? { bom: options.bom } : {}),
      },
      suggestedName(target, options.from, options.to),
    );
  };

  if (state.phase === 'running') return <ExportProgressView progress={state.progress} cancelling={state.cancelling} onCancel={job.cancel} />;
  const busy = state.phase === 'choosing';
  return (
    <form
      className="export-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (ready && !busy) start();
      }}
    >
      {target.kind === 'pair' ? (
        <div className="export-what" data-testid="export-what">
          {/* In its own language, so a screen reader reads it in that voice. */}
          <p className="export-headline" lang={target.from} dir={directionOf(target.from)}>
            {target.headline}
          </p>
          <p>{t('export.whatPair', { from: lang(target.from), to: lang(target.to) })}</p>
        </div>
      ) : (
        <p className="export-what" data-testid="export-what">
          {t('export.whatResults', { number: formatNumber(target.total, i18n.language), query: target.query })}
        </p>
      )}
      {target.kind === 'results' && (
        <fieldset className="export-section export-languages" disabled={!pairs}>
          <legend>{t('export.languages')}</legend>
          <LanguageSelect label={t('export.fromLanguage')} value={options.from} languages={target.languages} onChange={(from) => set({ from })} />
          <LanguageSelect label={t('export.toLanguage')} value={options.to} languages={target.languages} onChange={(to) => set({ to })} />
          {pairs && !twoLanguages && <p className="export-invalid">{t('export.sameLanguage')}</p>}
        </fieldset>
      )}
      <fieldset className="export-section">
        <legend>{t('export.format')}</legend>
        {[...PAIR_FORMATS, 'json' as const].map((f) => (
          <label key={f} className="export-choice">
            <input type="radio" name="export-format" value={f} checked={options.format === f} onChange={() => set({ format: f })} />
            <span>
              <span className="export-choice-name">{t(`export.formatName.${f}`)}</span>
              <span className="export-choice-hint">{t(`export.formatHint.${f}`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset className="export-section" disabled={!pairs}>
        <legend>{t('export.options')}</legend>
        <div className="export-row" role="radiogroup" aria-label={t('export.segmentation')}>
          <label className="export-choice inline">
            <input type="radio" name="export-units" checked={!options.sentences} onChange={() => set({ sentences: false })} />
            {t('export.paragraphs')}
          </label>
          <label className="export-choice inline">
            <input type="radio" name="export-units" checked={options.sentences} onChange={() => set({ sentences: true })} />
            {t('export.sentences')}
          </label>
        </div>
        <label className="export-confidence">
          <span>{t('export.minConfidence')}</span>
          <input
            type="number"
            min={0}
            max={1}
            step={0.05}
            value={options.minConfidence}
            aria-invalid={pairs && minConfidence === null}
            aria-describedby="export-confidence-hint"
            onChange={(e) => set({ minConfidence: e.target.value })}
          />
        </label>
        <p id="export-confidence-hint" className={pairs && minConfidence === null ? 'export-invalid' : 'export-hint'}>
          {t('export.minConfidenceHint')}
        </p>
        {(options.format === 'csv' || options.format === 'tsv') && (
          <label className="export-choice inline">
            <input type="checkbox" checked={options.bom} onChange={(e) => set({ bom: e.target.checked })} />
            {t('export.bom')}
          </label>
        )}
      </fieldset>
      <div ref={outcome} tabIndex={-1} className="export-outcome">
        {state.phase === 'done' && <ExportReportView report={state.report} />}
        {state.phase === 'cancelled' && (
          <p className="export-cancelled" role="status">
            {t('export.cancelled')}
          </p>
        )}
        {state.phase === 'failed' && <ErrorMessage error={state.error} />}
      </div>
      <div className="export-actions">
        <button type="submit" className="primary" disabled={!ready || busy}>
          {t('export.saveAs')}
        </button>
      </div>
    </form>
  );
}

function LanguageSelect({
  label,
  value,
  languages,
  onChange,
}: {
  label: string;
  value: string;
  languages: readonly string[];
  onChange: (lang: string) => void;
}): React.JSX.Element {
  const { i18n } = useTranslation();
  const id = useId();
  // Labelled from outside: a <select> inside its <label> would take its options into its name.
  return (
    <span className="export-language">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {languages.map((l) => (
          <option key={l} value={l}>
            {languageName(l, i18n.language, { capitalize: true })}
          </option>
        ))}
      </select>
    </span>
  );
}
