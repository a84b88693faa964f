// Text with some ranges marked: search terms in a snippet.
export function Highlighted({ text, ranges }: { text: string; ranges: readonly (readonly [number, number])[] }): React.JSX.Element {
  const parts: React.ReactNode[] = [];
  let at = 0;
  [...ranges]
    .sort((a, b) => a[0] - b[0])
    .forEach(([start, end], i) => {
      if (start < at || end <= start) return;
      if (start > at) parts.push(text.slice(at, start));
      parts.push(<mark key={i}>{text.slice(start, end)}</mark>);
      at = end;
    });
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
