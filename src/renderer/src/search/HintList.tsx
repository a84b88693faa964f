// What a query (or a filter) did not say clearly, and how it was read: the core's hints, translated.
import { useTranslation } from 'react-i18next';
import type { SearchHint } from '../../../shared/api/search';

export function HintList({ hints }: { hints: readonly SearchHint[] }): React.JSX.Element | null {
  const { t } = useTranslation();
  if (hints.length === 0) return null;
  return (
    <ul className="search-hints">
      {hints.map((h, i) => (
        <li key={i}>{t(`search.hint.${h.code}`, { text: h.text ?? '', ...(h.count === undefined ? {} : { count: h.count }) })}</li>
      ))}
    </ul>
  );
}
