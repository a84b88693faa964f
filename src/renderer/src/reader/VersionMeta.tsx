// What a version is, above its column: agency, place (in the interface's script where the story
// says it), date, where the text comes from, the tags, the source file and the address — which
// leaves the app for the browser only after the reader confirms — and Copy citation.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, languageName } from '../../../shared/i18n/format';
import type { Story, StoryVersion } from '../../../shared/model';
import { citationLine, openableUrl, placeIn } from '../../../shared/reader/citation';
import { openExternal } from '../api/client';
import { useCopy } from './useCopy';

/** "Original", "human translation", "your own", …: how far to trust the text. */
function provenanceKey(v: StoryVersion): 'reader.original' | 'reader.officialTranslation' | `reader.provenance.${StoryVersion['provenance']}` {
  if (v.provenance === 'user') return 'reader.provenance.user';
  if (v.original) return 'reader.original';
  return v.provenance === 'official' ? 'reader.officialTranslation' : `reader.provenance.${v.provenance}`;
}

function fileName(path: string): string {
  return path.split(/[\\/]/u).pop() || path;
}

export function VersionMeta({ story, version }: { story: Story; version: StoryVersion }): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const ui = i18n.language;
  const place = placeIn(ui, version, story.versions);
  const date = version.publishedAt ? formatDate(version.publishedAt, ui, 'long') : null;
  const [copy, copied] = useCopy();
  const citation = (): string =>
    citationLine({ ...version, place }, ui, new Date(), {
      quote: (headline) => t('reader.quoted', { text: headline }),
      accessed: (day) => t('reader.accessed', { date: day }),
      translation: version.original
        ? null
        : t('reader.citedTranslation', { language: languageName(version.lang, ui, { capitalize: true }), provenance: t(provenanceKey(version)) }),
    });
  return (
    <div className="version-meta" lang={ui}>
      <p className="version-meta-line">
        {[version.agency, place, date].filter(Boolean).map((part) => (
          <span key={part} className="meta-part">
            {part}
          </span>
        ))}
        <span className={`meta-part provenance provenance-${version.original ? 'original' : version.provenance}`}>{t(provenanceKey(version))}</span>
        {story.tags.map((tag) => (
          <span key={tag} className="meta-tag">
            #{tag}
          </span>
        ))}
      </p>
      <p className="version-meta-line">
        {version.sourceFile && (
          <span className="meta-part meta-file" title={version.sourceFile}>
            {t('reader.sourceFile', { name: fileName(version.sourceFile) })}
          </span>
        )}
        {version.url && <SourceUrl url={version.url} />}
        <button type="button" className="meta-action" onClick={() => copy(citation())}>
          {t('reader.copyCitation')}
        </button>
        <span className="meta-copied" role="status">
          {copied === 'done' ? t('reader.copied') : copied === 'failed' ? t('reader.copyFailed') : ''}
        </span>
      </p>
    </div>
  );
}

/** The address as text; a click asks before the system's browser opens it. */
function SourceUrl({ url }: { url: string }): React.JSX.Element {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const openable = openableUrl(url);
  const shown = url.replace(/^https?:\/\/(www\.)?/u, '');
  if (!openable) return <span className="meta-part meta-url">{url}</span>;
  const host = new URL(openable).host;
  return (
    <span
      className="meta-part meta-url-frame"
      onKeyDown={(e) => {
        // Esc closes the question (and does not leave the story).
        if (e.key === 'Escape' && asking) {
          e.preventDefault();
          setAsking(false);
        }
      }}
    >
      <button type="button" className="meta-url" title={url} aria-expanded={asking} onClick={() => setAsking(!asking)}>
        {shown}
      </button>
      {asking && (
        <span className="meta-url-confirm" role="group" aria-label={t('reader.openUrlConfirm', { host })}>
          <span>{t('reader.openUrlConfirm', { host })}</span>
          <button
            type="button"
            onClick={() => {
              setAsking(false);
              void openExternal(openable).catch(() => undefined);
            }}
          >
            {t('reader.openUrl')}
          </button>
          <button type="button" onClick={() => setAsking(false)}>
            {t('reader.cancel')}
          </button>
        </span>
      )}
    </span>
  );
}
