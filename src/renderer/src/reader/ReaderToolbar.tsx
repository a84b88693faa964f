// The reader's controls: back, the two languages and a swap between them, the layout, and the
// repair tools (repair mode, undo, realign), and exporting the pair on screen.
import { useTranslation } from 'react-i18next';
import { languageName } from '../../../shared/i18n/format';
import type { Story, StoryVersion } from '../../../shared/model';
import type { BlockRef, ReaderMode } from './AlignedRows';

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
  mode: ReaderMode;
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
  /** Opens the export dialog for this story in the two languages on screen. */
  onExport(): void;
  /** Messages shown under the controls (an error). */
  children?: React.ReactNode;
}

export function ReaderToolbar(p: ReaderToolbarProps): React.JSX.Element {
  const { t } = useTranslation();
  const two = p.left !== undefined && p.right !== undefined;
  return (
    <nav className="story-toolbar reader-toolbar" aria-label={t('reader.toolbar')}>
      <button type="button" onClick={p.onBack}>
        {t('reader.back')}
      </button>
      <div className="reader-languages">
        <LanguagePicker label={t('reader.leftColumn')} story={p.story} value={p.left?.lang} onChange={(l) => p.onChoose('left', l)} />
        <button
          type="button"
          className="swap-sides"
          onClick={p.onSwap}
          disabled={!two}
          title={t('reader.withShortcut', { action: t('reader.swapSides'), key: 'S' })}
          aria-label={t('reader.swapSides')}
        >
          ⇄
        </button>
        <LanguagePicker label={t('reader.rightColumn')} story={p.story} value={p.right?.lang} onChange={(l) => p.onChoose('right', l)} />
      </div>
      {two && (
        <div className="reader-modes" role="radiogroup" aria-label={t('reader.layout')}>
          {MODES.map((m) => (
            <button
              key={m}
              type="button"
              role="radio"
              aria-checked={p.mode === m}
              className={p.mode === m ? 'mode on' : 'mode'}
              onClick={() => p.onMode(m)}
              title={t('reader.withShortcut', { action: t(LAYOUT_LABEL[m]), key: 'M' })}
            >
              {t(LAYOUT_LABEL[m])}
            </button>
          ))}
        </div>
      )}
      {two && (
        <div className="reader-repair-tools">
          {p.uncertain > 0 && <span className="uncertain-count">{t('reader.uncertainCount', { count: p.uncertain })}</span>}
          <button type="button" aria-pressed={p.repairing} className={p.repairing ? 'on' : ''} onClick={() => p.onRepairing(!p.repairing)}>
            {t('reader.repair')}
          </button>
          {p.repairing && p.selected && (
            <button type="button" onClick={p.onUnlink}>
              {t('reader.noCounterpartAction')}
            </button>
          )}
          <button type="button" onClick={p.onUndo} disabled={p.undoable === 0} title={t('reader.withShortcut', { action: t('reader.undoRepair'), key: 'U' })}>
            {t('reader.undoRepair')}
          </button>
          {p.repairing && (
            <button type="button" onClick={p.onReset}>
              {t('reader.realign')}
            </button>
          )}
          <button type="button" className="reader-export" onClick={p.onExport}>
            {t('reader.exportPair')}
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
  return (
    <label className="language-picker">
      <span className="visually-hidden">{label}</span>
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
