// The story as rows of aligned pairs: a row per group, so counterparts start at the same height
// and the two columns scroll as one. Hovering or focusing a paragraph or a sentence lights up
// its counterpart; clicking a sentence brings its counterpart into view. From the keyboard the
// story is one Tab stop: ↓/↑ go from pair to pair, →/← through the pair's sentences.
import { memo, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LOW_CONFIDENCE, type AlignedPair, type AlignmentRepair, type StoryAlignment } from '../../../shared/api/align';
import type { Block, StoryVersion } from '../../../shared/model';
import { directionOf, groupBySentence, textPieces, type Ranges, type SentenceMark } from '../../../shared/reader/text-pieces';
import type { StoryMarks } from './useSearchHighlights';

export type ReaderMode = 'sideBySide' | 'interleaved' | 'originalOnly' | 'translationOnly';
export type Side = 'left' | 'right';

export interface BlockRef {
  side: Side;
  block: number;
}

interface Active {
  row: number;
  side: Side;
  sentence?: string;
}

export interface AlignedRowsProps {
  alignment: StoryAlignment;
  left: StoryVersion;
  right: StoryVersion;
  mode: ReaderMode;
  /** Which side the original-only mode shows. */
  originalSide: Side;
  current: number;
  /** The search's matches, when the story was opened from one. */
  highlights: StoryMarks | null;
  target: BlockRef | null;
  repairing: boolean;
  selected: BlockRef | null;
  onSelect(ref: BlockRef): void;
  onRepair(repair: AlignmentRepair): void;
  onCurrent(row: number): void;
}

export function sidesShown(mode: ReaderMode, originalSide: Side): Side[] {
  if (mode === 'originalOnly') return [originalSide];
  if (mode === 'translationOnly') return [originalSide === 'left' ? 'right' : 'left'];
  // Interleaved: each paragraph of the original, then its translation.
  if (mode === 'interleaved') return originalSide === 'left' ? ['left', 'right'] : ['right', 'left'];
  return ['left', 'right'];
}

export function AlignedRows(props: AlignedRowsProps): React.JSX.Element {
  const [active, setActive] = useState<Active | null>(null);
  const sides = sidesShown(props.mode, props.originalSide);

  // One listener for the whole story: what is under the pointer or the focus.
  const track = useCallback((e: React.SyntheticEvent) => {
    const el = e.target as HTMLElement;
    const row = el.closest<HTMLElement>('[data-row]');
    const cell = el.closest<HTMLElement>('[data-side]');
    // A pair itself (focused with ↓/↑), or the gutter: nothing of one side to light up.
    if (!row || !cell) {
      setActive(null);
      return;
    }
    const sentence = el.closest<HTMLElement>('[data-sp]')?.dataset.sp;
    const next: Active = { row: Number(row.dataset.row), side: cell.dataset.side as Side, sentence };
    setActive((prev) =>
      prev && prev.row === next.row && prev.side === next.side && prev.sentence === next.sentence ? prev : next,
    );
  }, []);

  const { onCurrent, repairing } = props;
  const bringCounterpart = useCallback(
    (e: React.MouseEvent) => {
      if (repairing) return;
      const el = e.target as HTMLElement;
      const sentence = el.closest<HTMLElement>('[data-sp]');
      const cell = el.closest<HTMLElement>('[data-side]');
      const row = el.closest<HTMLElement>('[data-row]');
      if (row) onCurrent(Number(row.dataset.row));
      if (!sentence || !cell) return;
      const other = cell.dataset.side === 'left' ? 'right' : 'left';
      const counterpart = row?.querySelector<HTMLElement>(`[data-side="${other}"] [data-sp="${sentence.dataset.sp}"]`);
      if (!counterpart) return;
      counterpart.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
      counterpart.classList.remove('flash');
      // Restart the animation even when the same sentence is clicked twice.
      void counterpart.offsetWidth;
      counterpart.classList.add('flash');
    },
    [onCurrent, repairing],
  );

  const onKeyDown = useCallback(
    (e: React.KeyboardEvent) => {
      if (repairing || e.altKey || e.ctrlKey || e.metaKey) return;
      const row = (e.target as HTMLElement).closest<HTMLElement>('[data-row]');
      if (!row) return;
      const step = e.key === 'ArrowDown' ? 1 : e.key === 'ArrowUp' ? -1 : 0;
      if (step !== 0) {
        const next = document.getElementById(`pair-${Number(row.dataset.row) + step}`);
        if (!next) return;
        e.preventDefault();
        next.focus();
        onCurrent(Number(next.dataset.row));
        return;
      }
      const rtl = getComputedStyle(row).direction === 'rtl';
      const forward = e.key === (rtl ? 'ArrowLeft' : 'ArrowRight');
      const backward = e.key === (rtl ? 'ArrowRight' : 'ArrowLeft');
      const sentences = [...row.querySelectorAll<HTMLElement>('.sentence')];
      const at = sentences.indexOf(document.activeElement as HTMLElement);
      if ((forward || backward) && sentences.length > 0) {
        e.preventDefault();
        sentences[forward ? Math.min(sentences.length - 1, at + 1) : Math.max(0, at - 1)]!.focus();
      } else if (e.key === 'Enter' && at >= 0) {
        e.preventDefault();
        sentences[at]!.click();
      } else if (e.key === 'Escape' && at >= 0) {
        // Esc from a sentence goes back to its pair (a second Esc leaves the story).
        e.preventDefault();
        row.focus();
      }
    },
    [repairing, onCurrent],
  );
  // The pair the Tab key lands on: the current one, else the first.
  const tabStop = props.current >= 0 && props.current < props.alignment.pairs.length ? props.current : 0;

  return (
    <div
      className={`story-columns aligned-rows mode-${props.mode}${props.repairing ? ' repairing' : ''}`}
      onMouseOver={track}
      onFocus={track}
      onMouseLeave={() => setActive(null)}
      onClick={bringCounterpart}
      onKeyDown={onKeyDown}
    >
      {props.alignment.pairs.map((pair, i) => (
        <Row
          key={`${i}:${pair.from.join(',')}:${pair.to.join(',')}`}
          index={i}
          pair={pair}
          isLast={i === props.alignment.pairs.length - 1}
          count={props.alignment.pairs.length}
          isTabStop={i === tabStop}
          left={props.left}
          right={props.right}
          sides={sides}
          mode={props.mode}
          active={active?.row === i ? active : null}
          isCurrent={props.current === i}
          highlights={props.highlights}
          target={props.target && pair[props.target.side === 'left' ? 'from' : 'to'].includes(props.target.block) ? props.target : null}
          repairing={props.repairing}
          selected={props.selected && pair[props.selected.side === 'left' ? 'from' : 'to'].includes(props.selected.block) ? props.selected : null}
          onSelect={props.onSelect}
          onRepair={props.onRepair}
        />
      ))}
    </div>
  );
}

/** A row gets the list's reading state as it is, plus its own pair and place. */
type RowProps = Pick<
  AlignedRowsProps,
  'left' | 'right' | 'mode' | 'highlights' | 'target' | 'repairing' | 'selected' | 'onSelect' | 'onRepair'
> & {
  index: number;
  pair: AlignedPair;
  isLast: boolean;
  count: number;
  isTabStop: boolean;
  sides: Side[];
  active: Active | null;
  isCurrent: boolean;
};

const Row = memo(function Row(p: RowProps): React.JSX.Element {
  const { t } = useTranslation();
  const uncertain = !p.pair.byReader && p.pair.confidence < LOW_CONFIDENCE;
  const classes = [
    'story-row-pair',
    'aligned-row',
    uncertain ? 'uncertain' : '',
    p.pair.byReader ? 'by-reader' : '',
    p.isCurrent ? 'current' : '',
    p.target ? 'target' : '',
    p.active ? 'active' : '',
  ].filter(Boolean);
  const cells = p.sides.map((side) => (
    <Cell
      key={side}
      side={side}
      row={p.index}
      pair={p.pair}
      version={side === 'left' ? p.left : p.right}
      active={p.active}
      highlights={p.highlights}
      target={p.target?.side === side ? p.target.block : null}
      repairing={p.repairing}
      selected={p.selected?.side === side ? p.selected.block : null}
      onSelect={p.onSelect}
    />
  ));
  const gutter = (
    <div className="row-gutter" key="gutter">
      {p.pair.byReader ? (
        <span className="row-mark by-reader-mark" title={t('reader.byReader')} aria-label={t('reader.byReader')}>
          ✎
        </span>
      ) : uncertain ? (
        <span
          className="row-mark uncertain-mark"
          title={t('reader.uncertain', { percent: Math.round(p.pair.confidence * 100) })}
          aria-label={t('reader.uncertain', { percent: Math.round(p.pair.confidence * 100) })}
        >
          ?
        </span>
      ) : null}
      {p.repairing && (
        <span className="row-repairs">
          {!p.isLast && (
            <button type="button" className="row-repair" title={t('reader.mergeWithNext')} aria-label={t('reader.mergeWithNext')} onClick={() => p.onRepair({ op: 'merge', pair: p.index })}>
              ⇣
            </button>
          )}
          {(p.pair.from.length > 1 || p.pair.to.length > 1) && (
            <button
              type="button"
              className="row-repair"
              title={t('reader.split')}
              aria-label={t('reader.split')}
              onClick={() =>
                p.onRepair({
                  op: 'split',
                  pair: p.index,
                  // After the first block of the longer side: e.g. 2–1 becomes 1–1 and 1–0.
                  from: p.pair.from.length > 1 ? 1 : p.pair.from.length,
                  to: p.pair.from.length > 1 ? Math.min(1, p.pair.to.length) : 1,
                })
              }
            >
              ✂
            </button>
          )}
        </span>
      )}
    </div>
  );
  return (
    <div
      className={classes.join(' ')}
      data-row={p.index}
      id={`pair-${p.index}`}
      tabIndex={p.repairing ? -1 : p.isTabStop ? 0 : -1}
      role="group"
      aria-label={t('reader.pairOf', { n: p.index + 1, count: p.count })}
    >
      {p.mode === 'sideBySide' ? [cells[0], gutter, cells[1]] : [gutter, ...cells]}
    </div>
  );
});

/** Scrolls to row `row` and flashes its blocks on `side`: where a moved paragraph went. */
function showRow(row: number, side: Side): void {
  const target = document.getElementById(`pair-${row}`);
  if (!target) return;
  target.scrollIntoView({ block: 'center', behavior: 'smooth' });
  for (const block of target.querySelectorAll<HTMLElement>(`[data-side="${side}"] .block`)) {
    block.classList.remove('target-block');
    void block.offsetWidth;
    block.classList.add('target-block');
  }
}

interface CellProps {
  side: Side;
  row: number;
  pair: AlignedPair;
  version: StoryVersion;
  active: Active | null;
  highlights: StoryMarks | null;
  target: number | null;
  repairing: boolean;
  selected: number | null;
  onSelect(ref: BlockRef): void;
}

function Cell(p: CellProps): React.JSX.Element {
  const { t } = useTranslation();
  const indexes = p.side === 'left' ? p.pair.from : p.pair.to;
  const dir = directionOf(p.version.lang);
  const counterpartLit = p.active !== null && p.active.side !== p.side && p.active.sentence === undefined;
  if (indexes.length === 0) {
    const elsewhere = p.pair.elsewhere;
    return (
      <div className={`cell cell-${p.side} empty-cell`} data-side={p.side} lang={p.version.lang} dir={dir}>
        {elsewhere === undefined ? (
          <span className="no-counterpart">{t('reader.noCounterpart')}</span>
        ) : (
          <button type="button" className="no-counterpart moved-counterpart" onClick={() => showRow(elsewhere, p.side)}>
            {t(elsewhere > p.row ? 'reader.counterpartBelow' : 'reader.counterpartAbove')}
          </button>
        )}
      </div>
    );
  }
  return (
    <div className={`cell cell-${p.side}${counterpartLit ? ' counterpart' : ''}`} data-side={p.side} lang={p.version.lang} dir={dir}>
      {indexes.map((i) => {
        const block = p.version.blocks[i];
        if (!block) return null;
        const marks: SentenceMark[] = p.pair.sentences.flatMap((sp, q) =>
          (p.side === 'left' ? sp.from : sp.to)
            .filter((r) => r.block === i)
            .map((r) => ({ start: r.start, end: r.end, key: `${p.row}:${q}` })),
        );
        return (
          <BlockText
            key={i}
            block={block}
            marks={marks}
            matches={p.highlights?.get(p.version.id)?.get(i)}
            activeSentence={p.active?.sentence}
            activeHere={p.active?.side === p.side}
            isTarget={p.target === i}
            isSelected={p.selected === i}
            repairing={p.repairing}
            onSelect={() => p.onSelect({ side: p.side, block: i })}
          />
        );
      })}
    </div>
  );
}

function BlockText(p: {
  block: Block;
  marks: SentenceMark[];
  matches: Ranges | undefined;
  activeSentence: string | undefined;
  activeHere: boolean;
  isTarget: boolean;
  isSelected: boolean;
  repairing: boolean;
  onSelect(): void;
}): React.JSX.Element {
  const Tag = p.block.kind === 'headline' ? 'h1' : p.block.kind === 'heading' ? 'h2' : 'p';
  const runs = groupBySentence(textPieces(p.block.text, p.marks, p.matches));
  const classes = ['block', `kind-${p.block.kind}`, p.isTarget ? 'target-block' : '', p.isSelected ? 'selected' : ''];
  return (
    <div
      className={classes.filter(Boolean).join(' ')}
      data-block={p.block.index}
      tabIndex={p.repairing ? 0 : undefined}
      aria-pressed={p.repairing ? p.isSelected : undefined}
      role={p.repairing ? 'button' : undefined}
      onClick={p.repairing ? p.onSelect : undefined}
      onKeyDown={
        p.repairing
          ? (e) => {
              if (e.key === 'Enter' || e.key === ' ') {
                e.preventDefault();
                p.onSelect();
              }
            }
          : undefined
      }
    >
      <Tag>
        {runs.map((run, k) => {
          const content = run.pieces.map((piece, m) => (piece.mark ? <mark key={m}>{piece.text}</mark> : piece.text));
          if (!run.sentence) return <span key={k}>{content}</span>;
          const lit = p.activeSentence === run.sentence;
          return (
            <span key={k} className={`sentence${lit ? (p.activeHere ? ' hovered' : ' counterpart') : ''}`} data-sp={run.sentence} tabIndex={-1}>
              {content}
            </span>
          );
        })}
      </Tag>
    </div>
  );
}
