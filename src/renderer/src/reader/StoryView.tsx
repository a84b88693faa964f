// A story read side by side: two versions in two columns, one row per pair of blocks.
// Pairs by block order; the alignment capability replaces this pairing with the stored one.
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { languageName } from '../../../shared/i18n/format';
import { chooseVersionPair } from '../../../shared/reading-order';
import { useSettings } from '../settings/SettingsProvider';
import { useAsync } from '../app/useAsync';
import { ErrorMessage } from '../app/ErrorMessage';
import type { Route } from '../app/route';
import type { Block, Story, StoryVersion } from '../../../shared/model';

type StoryRoute = Extract<Route, { view: 'story' }>;

/** The route's languages when it names them, else the reader's reading order (settings). */
function pickVersions(
  story: Story,
  route: StoryRoute,
  readingLanguages: readonly string[],
): [StoryVersion | undefined, StoryVersion | undefined] {
  const byLang = (lang?: string): StoryVersion | undefined =>
    lang ? story.versions.find((v) => v.lang === lang) : undefined;
  const preferred = chooseVersionPair(story.versions, readingLanguages);
  const left = byLang(route.left) ?? preferred.left ?? story.versions[0];
  const right =
    byLang(route.right) ??
    [preferred.right, preferred.left, ...story.versions].find((v) => v && v !== left) ??
    undefined;
  return [left, right === left ? undefined : right];
}

export function StoryView({
  route,
  navigate,
}: {
  route: StoryRoute;
  navigate: (route: Route, options?: { replace?: boolean }) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const { settings } = useSettings();
  const state = useAsync(() => call('getStory', { id: route.id }), [route.id]);
  if (state.status === 'loading') return <p className="loading">{t('app.loading')}</p>;
  if (state.status === 'error') return <ErrorMessage error={state.error} />;
  const story = state.value;
  const [left, right] = pickVersions(story, route, settings?.readingLanguages ?? []);
  const rows = Math.max(left?.blocks.length ?? 0, right?.blocks.length ?? 0);

  const choose = (side: 'left' | 'right', lang: string): void =>
    navigate({ ...route, [side]: lang, block: undefined }, { replace: true });

  return (
    <article className="story">
      <nav className="story-toolbar" aria-label={t('reader.toolbar')}>
        <button type="button" onClick={() => navigate({ view: 'library' })}>
          {t('reader.back')}
        </button>
        <LanguagePicker label={t('reader.leftColumn')} story={story} value={left?.lang} onChange={(l) => choose('left', l)} />
        <LanguagePicker label={t('reader.rightColumn')} story={story} value={right?.lang} onChange={(l) => choose('right', l)} />
      </nav>
      {!right && <p className="notice">{t('reader.onlyOneVersion')}</p>}
      <div className={right ? 'story-columns two' : 'story-columns one'}>
        {Array.from({ length: rows }, (_, i) => (
          <div className="story-row-pair" key={i}>
            <BlockCell version={left} block={left?.blocks[i]} />
            {right && <BlockCell version={right} block={right.blocks[i]} />}
          </div>
        ))}
      </div>
    </article>
  );
}

function LanguagePicker({
  label,
  story,
  value,
  onChange,
}: {
  label: string;
  story: Story;
  value: string | undefined;
  onChange: (lang: string) => void;
}): React.JSX.Element {
  const { t, i18n } = useTranslation();
  return (
    <label className="language-picker">
      <span>{label}</span>
      <select value={value ?? ''} onChange={(e) => onChange(e.target.value)}>
        {story.versions.map((v) => (
          <option key={v.id} value={v.lang}>
            {v.original
              ? t('reader.languageOriginal', { language: languageName(v.lang, i18n.language, { capitalize: true }) })
              : languageName(v.lang, i18n.language, { capitalize: true })}
          </option>
        ))}
      </select>
    </label>
  );
}

function BlockCell({ version, block }: { version: StoryVersion | undefined; block: Block | undefined }): React.JSX.Element {
  if (!version || !block) return <div className="block empty-cell" />;
  const Tag = block.kind === 'headline' ? 'h1' : block.kind === 'heading' ? 'h2' : 'p';
  return (
    <div className={`block kind-${block.kind}`} lang={version.lang} dir="auto" data-block={block.index}>
      <Tag>{block.text}</Tag>
    </div>
  );
}
