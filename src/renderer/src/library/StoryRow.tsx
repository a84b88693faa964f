// One story in the library: its headline in every language it has, where and when; the guide's
// stories say they are the guide.
import { useTranslation } from 'react-i18next';
import { formatDate, languageName } from '../../../shared/i18n/format';
import type { StorySummary } from '../../../shared/model';

export function StoryRow({ id, story, onOpen }: { id: string; story: StorySummary; onOpen: () => void }): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const first = story.versions[0];
  const date = story.versions.find((v) => v.publishedAt)?.publishedAt;
  // formatDate keeps a bare date on its calendar day in every time zone, and tolerates bad dates.
  const dateText = (date && formatDate(date, i18n.language, 'medium')) || t('library.noDate');
  return (
    <button type="button" id={id} className={story.kind === 'guide' ? 'story-row guide' : 'story-row'} onClick={onOpen}>
      {story.versions.map((v) => (
        <span key={v.id} className="story-row-headline" lang={v.lang}>
          {/* The chip shows the tag; hovering gives the language's name. */}
          <span
            className="lang-chip"
            title={
              v.original
                ? t('reader.languageOriginal', { language: languageName(v.lang, i18n.language, { capitalize: true }) })
                : languageName(v.lang, i18n.language, { capitalize: true })
            }
          >
            {v.lang}
            {v.original ? '•' : ''}
          </span>
          <span className={v.original ? 'headline original' : 'headline'} dir="auto">
            {v.headline}
          </span>
        </span>
      ))}
      <span className="story-row-meta" lang={i18n.language}>
        {story.kind === 'guide' && <span className="badge">{t('app.guideBadge')}</span>}
        <span>{[first?.agency, first?.place, dateText].filter(Boolean).join(' · ')}</span>
      </span>
    </button>
  );
}
