// A small picture of each reader layout, drawn in the text colour: two columns, paragraphs with
// their translation set in below, one full column, one column set in (the translation).
import type { ReaderMode } from './AlignedRows';

const LINES: Record<ReaderMode, readonly [number, number, number][]> = {
  // [x, y, width] of each line of "text".
  sideBySide: [[1, 3, 6], [1, 7, 6], [1, 11, 6], [11, 3, 6], [11, 7, 6], [11, 11, 6]],
  interleaved: [[1, 2, 16], [4, 6, 13], [1, 10, 16], [4, 14, 13]],
  originalOnly: [[3, 3, 12], [3, 7, 12], [3, 11, 12], [3, 15, 8]],
  translationOnly: [[3, 3, 12], [3, 7, 12], [3, 11, 12], [3, 15, 8]],
};

export function LayoutIcon({ mode }: { mode: ReaderMode }): React.JSX.Element {
  return (
    <svg className="layout-icon" viewBox="0 0 18 18" width="18" height="18" aria-hidden="true" focusable="false">
      {LINES[mode].map(([x, y, w], i) => (
        <rect key={i} x={x} y={y} width={w} height="2" rx="1" fill="currentColor" opacity={mode === 'translationOnly' ? 0.55 : 1} />
      ))}
      {mode === 'translationOnly' && <rect x="1" y="2" width="1.2" height="15" fill="currentColor" />}
    </svg>
  );
}
