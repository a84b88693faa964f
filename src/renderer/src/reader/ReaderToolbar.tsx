// The reader's controls in one row: back, the two languages and a swap between them, the layout
// (icons, named for screen readers and in their tooltips), the actions on the text (`actions`:
// copy the pair, export it, and whatever else acts on the open story), and repair mode. The repair tools
// take a second row only while repairing.
import { useTranslation } from 'react-i18next';
import { languageName } from '../../../shared/i18n/format';
import type { Story, StoryVersion } from '../../../shared/model';
import type { BlockRef, ReaderMode } from './AlignedRows';
import { LayoutIcon } from './LayoutIcon';

const MODES: readonly ReaderMode[] = ['sideBySide', 'interleaved', 'originalOnly', 'translationOnly'];
const LAYOUT_LABEL = {
  sideBySide: 'reader.layoutSideBySide',
  interleaved: 'reader.layoutInterleaved',
  originalOnly: 'reader.layoutOriginalOnly',
  translationOnly: 'reader.layoutTranslationOnly',
} as const;

export interface ReaderToolbarProps {
  story: Story;
  left: StoryVersion | undefined;
  right: StoryVersion | undefined;
  /** The layout on screen (a narrow window shows side by side stacked, as interleaved). */
  mode: ReaderMode;
  /** Side by side does not fit the window: its switch is off. */
  sideBySideFits: boolean;
  /** Where Back leads: the search the story was opened from, or the library. */
  backTo: 'search' | 'library';
  repairing: boolean;
  undoable: number;
  uncertain: number;
  selected: BlockRef | null;
  onBack(): void;
  onChoose(side: 'left' | 'right', lang: string): void;
  onSwap(): void;
  onMode(mode: ReaderMode): void;
  onRepairing(on: boolean): void;
  onUndo(): void;
  onReset(): void;
  onUnlink(): void;
  /** Buttons that act on the open story (Copy pair, …), in the row after the layouts. */
  actions?: React.ReactNode;
  /** Messages shown under the controls (an error). */
  children?: React.ReactNode;
}

export function ReaderToolbar(p: ReaderToolbarProps): React.JSX.Element {
  const { t } = useTranslation();
  const two = p.left !== undefined && p.right !== undefined;
  const back = t(p.backTo === 'search' ? 'reader.backToSearch' : 'reader.back');
  return (
    <nav className="story-toolbar reader-toolbar" aria-label={t('reader.toolbar')}>
      <div className="reader-toolbar-row">
        <button type="button" className="reader-back" onClick={p.onBack} aria-label={back} title={back}>
          <span aria-hidden="true">←</span>
        </button>
        <div className="reader-languages">
          <LanguagePicker label={t('reader.leftColumn')} story={p.story} value={p.left?.lang} onChange={(l) => p.onChoose('left', l)} />
          {two && (
            <>
              <button
                type="button"
                className="swap-sides"
                onClick={p.onSwap}
                title={t('reader.withShortcut', { action: t('reader.swapSides'), key: 'S' })}
                aria-label={t('reader.swapSides')}
              >
                <span aria-hidden="true">⇄</span>
              </button>
              <LanguagePicker label={t('reader.rightColumn')} story={p.story} value={p.right?.lang} onChange={(l) => p.onChoose('right', l)} />
            </>
          )}
        </div>
        {two && (
          <div className="reader-modes" role="radiogroup" aria-label={t('reader.layout')}>
            {MODES.map((m) => {
              const off = m === 'sideBySide' && !p.sideBySideFits;
              const name = t(LAYOUT_LABEL[m]);
              return (
                <button
                  key={m}
                  type="button"
                  role="radio"
                  aria-checked={p.mode === m}
                  aria-label={name}
                  className={p.mode === m ? 'mode on' : 'mode'}
                  disabled={off}
                  onClick={() => p.onMode(m)}
                  title={off ? t('reader.needsWiderWindow', { layout: name }) : t('reader.withShortcut', { action: name, key: 'M' })}
                >
                  <LayoutIcon mode={m} />
                </button>
              );
            })}
          </div>
        )}
        <div className="reader-actions">{p.actions}</div>
        {two && (
          <button
            type="button"
            className={p.repairing ? 'reader-repair on' : 'reader-repair'}
            aria-pressed={p.repairing}
            onClick={() => p.onRepairing(!p.repairing)}
          >
            {t('reader.repair')}
            {p.uncertain > 0 && (
              <span className="uncertain-count" title={t('reader.uncertainCount', { count: p.uncertain })}>
                <span aria-hidden="true">{p.uncertain}</span>
                <span className="visually-hidden">{t('reader.uncertainCount', { count: p.uncertain })}</span>
              </span>
            )}
          </button>
        )}
      </div>
      {two && p.repairing && (
        <div className="reader-repair-tools" role="group" aria-label={t('reader.repairTools')}>
          <p className="repair-hint">{t(p.selected ? 'reader.repairHintSelected' : 'reader.repairHint')}</p>
          {p.selected && (
            <button type="button" onClick={p.onUnlink}>
              {t('reader.noCounterpartAction')}
            </button>
          )}
          <button type="button" onClick={p.onUndo} disabled={p.undoable === 0} title={t('reader.withShortcut', { action: t('reader.undoRepair'), key: 'U' })}>
            {t('reader.undoRepair')}
          </button>
          <button type="button" onClick={p.onReset}>
            {t('reader.realign')}
          </button>
          <button type="button" onClick={() => p.onRepairing(false)}>
            {t('reader.repairDone')}
          </button>
        </div>
      )}
      {p.children && <div className="reader-messages">{p.children}</div>}
    </nav>
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
  const name = (lang: string): string => languageName(lang, i18n.language, { capitalize: true });
  const originals = story.versions.filter((v) => v.original);
  const translations = story.versions.filter((v) => !v.original);
  // Grouped, so the closed picker shows only the language's name (short enough for one row)
  // while the open list still says which is the original.
  return (
    <label className="language-picker">
      <span className="visually-hidden">{label}</span>
      <select value={value ?? ''} onChange={(e) => onChange(e.target.value)}>
        {originals.length > 0 && translations.length > 0 ? (
          <>
            <optgroup label={t('reader.original')}>
              {originals.map((v) => (
                <option key={v.id} value={v.lang}>
                  {name(v.lang)}
                </option>
              ))}
            </optgroup>
            <optgroup label={t('reader.translation')}>
              {translations.map((v) => (
                <option key={v.id} value={v.lang}>
                  {name(v.lang)}
                </option>
              ))}
            </optgroup>
          </>
        ) : (
          story.versions.map((v) => (
            <option key={v.id} value={v.lang}>
              {name(v.lang)}
            </option>
          ))
        )}
      </select>
    </label>
  );
}
