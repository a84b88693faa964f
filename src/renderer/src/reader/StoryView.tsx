// A story read side by side: two versions, aligned paragraph to paragraph and sentence to
// sentence, in one of four layouts, each under a line saying what it is and where it comes from;
// the reader picks the languages (kept per story), swaps them, moves from pair to pair, copies a
// pair or a citation, and repairs the alignment where it is wrong.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { chooseVersionPair } from '../../../shared/reading-order';
import type { AlignmentRepair } from '../../../shared/api/align';
import type { Story, StoryVersion } from '../../../shared/model';
import type { MenuHandlers } from '../../../shared/menu-commands';
import { useSettings } from '../settings/SettingsProvider';
import { useApi } from '../data/useApi';
import { ErrorMessage } from '../app/ErrorMessage';
import type { Navigate, StoryRoute } from '../app/route';
import { useMenuCommands } from '../app/useMenuCommands';
import { ExportDialog } from '../export/ExportDialog';
import { AlignedRows, sidesShown, type BlockRef, type ReaderMode } from './AlignedRows';
import { ReaderToolbar } from './ReaderToolbar';
import { directionOf } from '../../../shared/reader/text-pieces';
import { pairText } from '../../../shared/reader/citation';
import { READER_MODES, storeMode, storePair, storedMode, storedPair, type LanguagePair } from './reader-memory';
import { useAlignment } from './useAlignment';
import { useCopy } from './useCopy';
import { useMediaQuery } from './useMediaQuery';
import { useSearchHighlights } from './useSearchHighlights';
import { VersionMeta } from './VersionMeta';
import './reader.css';

/** Below this width two columns of prose do not fit: side by side is shown stacked, as interleaved. */
const STACKED_QUERY = '(max-width: 699px)';

/**
 * The route's languages when it names them, else the pair last chosen for this story, else the
 * reader's reading order (settings).
 */
function pickVersions(
  story: Story,
  route: StoryRoute,
  remembered: LanguagePair,
  readingLanguages: readonly string[],
): [StoryVersion | undefined, StoryVersion | undefined] {
  const byLang = (lang?: string): StoryVersion | undefined =>
    lang ? story.versions.find((v) => v.lang === lang) : undefined;
  const preferred = chooseVersionPair(story.versions, readingLanguages);
  const named = route.left !== undefined || route.right !== undefined || route.lang !== undefined;
  const chosen = named ? route : remembered;
  const left = byLang(chosen.left) ?? preferred.left ?? story.versions[0];
  // A search result in a language not on screen brings that language in, on the right.
  const wanted = route.lang && route.lang !== left?.lang && !route.right ? byLang(route.lang) : undefined;
  const right =
    wanted ??
    byLang(chosen.right) ??
    [preferred.right, preferred.left, ...story.versions].find((v) => v && v !== left) ??
    undefined;
  return [left, right === left ? undefined : right];
}

/** The first pair whose top is below the toolbar: "the pair on screen" when none is current. */
function firstRowOnScreen(container: HTMLElement | null): number {
  if (!container) return 0;
  const toolbar = container.closest('.reader')?.querySelector('.reader-toolbar')?.getBoundingClientRect().bottom ?? 0;
  const rows = [...container.querySelectorAll<HTMLElement>('.aligned-row')];
  const first = rows.findIndex((el) => el.getBoundingClientRect().bottom > toolbar + 1);
  return Math.max(0, first);
}

export function StoryView({
  route,
  navigate,
  onBack,
}: {
  route: StoryRoute;
  navigate: Navigate;
  onBack: () => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  // Refreshed in place when the archive changes (a version moved here or away).
  const state = useApi('getStory', { id: route.id });
  if (!state || state.status === 'loading') return <p className="loading">{t('app.loading')}</p>;
  if (state.status === 'error') return <ErrorMessage error={state.error} />;
  return <Reader key={state.value.id} story={state.value} route={route} navigate={navigate} onBack={onBack} />;
}

function Reader({
  story,
  route,
  navigate,
  onBack,
}: {
  story: Story;
  route: StoryRoute;
  navigate: Navigate;
  onBack: () => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const { settings } = useSettings();
  const [remembered, setRemembered] = useState(() => storedPair(story.id));
  // Until the reader orders their languages they follow the interface's; switching it while a
  // story is open must not rearrange that story's columns, so the open story keeps the order it
  // opened with. An order the reader chose applies at once.
  const [openedWith] = useState(() => settings?.readingLanguages ?? []);
  const readingLanguages = settings?.readingLanguagesChosen ? settings.readingLanguages : openedWith;
  const [left, right] = pickVersions(story, route, remembered, readingLanguages);
  const aligned = useAlignment(story.id, left?.lang, right?.lang);
  const [chosenMode, setModeState] = useState<ReaderMode>(storedMode);
  const stacked = useMediaQuery(STACKED_QUERY);
  // What is on screen: side by side in a narrow window is stacked, and the switch says so.
  const mode: ReaderMode = stacked && chosenMode === 'sideBySide' ? 'interleaved' : chosenMode;
  const [copyPair, pairCopied] = useCopy();
  const articleRef = useRef<HTMLElement>(null);
  // No pair is current until the reader moves with the keyboard or clicks one.
  const [current, setCurrent] = useState(-1);
  const [repairing, setRepairing] = useState(false);
  const [selected, setSelected] = useState<BlockRef | null>(null);
  const [exporting, setExporting] = useState(false);
  const rowsRef = useRef<HTMLDivElement>(null);
  const selectedRef = useRef<BlockRef | null>(null);
  selectedRef.current = selected;
  // The words of the search it was opened from, where the core found them in each version.
  const highlights = useSearchHighlights(route.q, story.id);
  const pairs = aligned.alignment?.pairs ?? [];

  const setMode = useCallback((m: ReaderMode) => {
    setModeState(m);
    storeMode(m);
  }, []);

  /** The reader's own choice of languages: on the route, and kept for the next visit. */
  const showPair = useCallback(
    (next: LanguagePair) => {
      storePair(story.id, next);
      setRemembered(next);
      navigate({ ...route, ...next }, { replace: true });
    },
    [story.id, navigate, route],
  );
  const choose = (side: 'left' | 'right', lang: string): void => {
    const other = side === 'left' ? right?.lang : left?.lang;
    // Choosing the other column's language swaps the columns.
    showPair(
      lang === other
        ? { left: right?.lang, right: left?.lang }
        : { left: side === 'left' ? lang : left?.lang, right: side === 'right' ? lang : right?.lang },
    );
  };
  const swap = useCallback(() => {
    if (left && right) showPair({ left: right.lang, right: left.lang });
  }, [left, right, showPair]);

  // The window's title names the story, for the window switcher and the history.
  const headline = left?.headline;
  useEffect(() => {
    if (!headline) return;
    document.title = `${headline} — ${t('app.name')}`;
    return () => {
      document.title = t('app.name');
    };
  }, [headline, t]);

  // Opened, the story's text has the focus (not a pair: no ring on a paragraph the reader did
  // not choose), so the keys work at once, Tab goes to the first pair, a screen reader starts here.
  const textShown = !right || aligned.alignment !== null;
  const focused = useRef(false);
  useEffect(() => {
    if (!textShown || focused.current) return;
    focused.current = true;
    (rowsRef.current ?? articleRef.current)?.focus({ preventScroll: true });
  }, [textShown]);

  const goTo = useCallback(
    (row: number) => {
      const n = Math.max(0, Math.min(pairs.length - 1, row));
      setCurrent(n);
      const el = rowsRef.current?.querySelector<HTMLElement>(`#pair-${n}`);
      el?.scrollIntoView({ block: 'start', behavior: 'smooth' });
      el?.focus({ preventScroll: true });
    },
    [pairs.length],
  );

  /** Where j/k count from: the current pair while it is on screen, else the first pair the
   *  reader has scrolled to (so the keys follow the wheel). */
  const startingRow = useCallback(
    (row: number, direction: 1 | -1): number => {
      const container = rowsRef.current;
      if (!container) return row;
      const rows = [...container.querySelectorAll<HTMLElement>('.aligned-row')];
      const top = (container.closest('.app-main') ?? document.documentElement).getBoundingClientRect().top;
      const toolbar = container.closest('.reader')?.querySelector('.reader-toolbar')?.getBoundingClientRect().bottom ?? top;
      const bottom = window.innerHeight;
      const visible = (el: HTMLElement): boolean => {
        const r = el.getBoundingClientRect();
        return r.bottom > toolbar && r.top < bottom;
      };
      if (rows[row] && visible(rows[row]!)) return row;
      const first = rows.findIndex((el) => el.getBoundingClientRect().top >= toolbar - 1);
      if (first < 0) return row;
      return direction > 0 ? first - 1 : first + 1;
    },
    [],
  );

  const cycleMode = useCallback(() => {
    const modes = stacked ? READER_MODES.filter((m) => m !== 'sideBySide') : READER_MODES;
    setMode(modes[(modes.indexOf(mode) + 1) % modes.length]!);
  }, [mode, setMode, stacked]);

  // The block a search result points at: scrolled into view once the alignment is there.
  const targetSide = route.block === undefined ? null : !route.lang || route.lang === left?.lang ? 'left' : route.lang === right?.lang ? 'right' : null;
  const target: BlockRef | null = targetSide && route.block !== undefined ? { side: targetSide, block: route.block } : null;
  const targetRow = target ? pairs.findIndex((p) => (target.side === 'left' ? p.from : p.to).includes(target.block)) : -1;
  useEffect(() => {
    if (targetRow < 0) return;
    setCurrent(targetRow);
    rowsRef.current?.querySelector<HTMLElement>(`#pair-${targetRow}`)?.scrollIntoView({ block: 'center' });
  }, [targetRow]);

  const onRepair = useCallback((repair: AlignmentRepair) => {
    aligned.repair(repair);
    setSelected(null);
  }, [aligned]);

  const onSelect = useCallback(
    (ref: BlockRef) => {
      if (selected && selected.side !== ref.side) {
        // A paragraph on each side: make them counterparts.
        const l = selected.side === 'left' ? selected.block : ref.block;
        const r = selected.side === 'right' ? selected.block : ref.block;
        aligned.repair({ op: 'link', from: l, to: r });
        setSelected(null);
      } else {
        setSelected(selected && selected.block === ref.block ? null : ref);
      }
    },
    [aligned, selected],
  );

  const unlinkSelected = (): void => {
    if (!selected) return;
    onRepair({ op: 'link', from: selected.side === 'left' ? selected.block : null, to: selected.side === 'right' ? selected.block : null });
  };

  // Commands: the native menu's (every one, by type), and keys when no text field has the focus.
  const commands = useMemo<MenuHandlers<'reader'> & Record<'reader.cycleLayout' | 'reader.undoRepair', () => void>>(
    () => ({
      'reader.nextPair': () => goTo(startingRow(current, 1) + 1),
      'reader.previousPair': () => goTo(startingRow(current, -1) - 1),
      'reader.swapSides': swap,
      'reader.cycleLayout': cycleMode,
      'reader.layout.sideBySide': () => setMode('sideBySide'),
      'reader.layout.interleaved': () => setMode('interleaved'),
      'reader.layout.originalOnly': () => setMode('originalOnly'),
      'reader.layout.translationOnly': () => setMode('translationOnly'),
      'reader.undoRepair': () => void (aligned.alignment?.undoable && aligned.undo()),
      // File → Export pair…: the story on screen, in its two languages on screen.
      'reader.exportPair': () => setExporting(Boolean(left && right)),
    }),
    [goTo, current, startingRow, swap, cycleMode, setMode, aligned, left, right],
  );
  useMenuCommands('reader', commands);
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      const el = e.target as HTMLElement | null;
      if (el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/u.test(el.tagName))) return;
      if (e.ctrlKey || e.metaKey) return;
      const key = e.altKey ? `Alt+${e.key}` : e.key;
      const keys: Record<string, keyof typeof commands> = {
        j: 'reader.nextPair',
        'Alt+ArrowDown': 'reader.nextPair',
        k: 'reader.previousPair',
        'Alt+ArrowUp': 'reader.previousPair',
        s: 'reader.swapSides',
        m: 'reader.cycleLayout',
        u: 'reader.undoRepair',
      };
      const command = keys[key];
      if (command) {
        e.preventDefault();
        commands[command]();
      } else if (e.key === 'Escape' && selectedRef.current) {
        // Esc first drops the paragraph chosen for a link (and nothing else happens).
        e.preventDefault();
        setSelected(null);
      }
    };
    // On the document, so this runs before the window's Esc that goes back (App).
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [commands]);

  const originalSide = right?.original && !left?.original ? 'right' : 'left';
  const uncertain = pairs.filter((p) => !p.byReader && p.confidence < 0.75).length;

  /** Both texts of the current pair (or the first on screen when none is). */
  const copyCurrentPair = (): void => {
    const pair = pairs[current >= 0 ? current : firstRowOnScreen(rowsRef.current)];
    if (!pair || !left || !right) return;
    const texts = (v: StoryVersion, indexes: number[]): string[] => indexes.map((i) => v.blocks[i]?.text ?? '').filter(Boolean);
    copyPair(pairText(texts(left, pair.from), texts(right, pair.to)));
  };
  const metaSides = right ? sidesShown(mode, originalSide) : ['left' as const];

  return (
    <article className="story reader" ref={articleRef} tabIndex={-1} aria-label={headline}>
      <ReaderToolbar
        story={story}
        left={left}
        right={right}
        mode={mode}
        sideBySideFits={!stacked}
        backTo={route.q ? 'search' : 'library'}
        actions={
          right && (
            <>
              <button type="button" onClick={copyCurrentPair} disabled={pairs.length === 0}>
                {t('reader.copyPair')}
              </button>
              <button type="button" className="reader-export" onClick={() => setExporting(true)}>
                {t('reader.exportPair')}
              </button>
              <span className="visually-hidden" role="status">
                {pairCopied === 'done' ? t('reader.copied') : pairCopied === 'failed' ? t('reader.copyFailed') : ''}
              </span>
            </>
          )
        }
        repairing={repairing}
        undoable={aligned.alignment?.undoable ?? 0}
        uncertain={uncertain}
        selected={selected}
        onBack={onBack}
        onChoose={choose}
        onSwap={swap}
        onMode={setMode}
        onRepairing={(on) => {
          setRepairing(on);
          setSelected(null);
        }}
        onUndo={aligned.undo}
        onReset={aligned.reset}
        onUnlink={unlinkSelected}
      >
        {/* In the sticky toolbar, so a refused repair is seen wherever the reader is. */}
        {aligned.error && <ErrorMessage error={aligned.error} />}
      </ReaderToolbar>
      {left && (
        <div className={`version-metas mode-${right ? mode : 'originalOnly'}`}>
          {metaSides.map((side) => {
            const version = side === 'left' ? left : right;
            return version ? <VersionMeta key={side} story={story} version={version} /> : null;
          })}
        </div>
      )}
      {!right && left && (
        <>
          <p className="notice">{t('reader.onlyOneVersion')}</p>
          <div className="aligned-rows mode-originalOnly">
            {left.blocks.map((b) => (
              <div className="story-row-pair aligned-row" key={b.index}>
                <div className="cell cell-left" lang={left.lang} dir={directionOf(left.lang)}>
                  <div className={`block kind-${b.kind}`} data-block={b.index}>
                    {b.kind === 'headline' ? <h1>{b.text}</h1> : b.kind === 'heading' ? <h2>{b.text}</h2> : <p>{b.text}</p>}
                  </div>
                </div>
              </div>
            ))}
          </div>
        </>
      )}
      {left && right && (
        <ExportDialog
          open={exporting}
          target={{ kind: 'pair', storyId: story.id, headline: left.headline, from: left.lang, to: right.lang }}
          onClose={() => setExporting(false)}
        />
      )}
      {left && right && !aligned.alignment && aligned.loading && <p className="loading">{t('app.loading')}</p>}
      {left && right && aligned.alignment && (
        <div ref={rowsRef} className="reader-body" tabIndex={-1}>
          <AlignedRows
            alignment={aligned.alignment}
            left={left}
            right={right}
            mode={mode}
            originalSide={originalSide}
            current={current}
            highlights={highlights}
            target={target}
            repairing={repairing}
            selected={selected}
            onSelect={onSelect}
            onRepair={onRepair}
            onCurrent={setCurrent}
          />
        </div>
      )}
    </article>
  );
}
