// The search box in the header: searches as the reader types (after a short pause), at once on
// Enter; ↓ moves into the results, Esc clears. It shows the query of the results, and of a story
// opened from them.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SearchHelp } from './SearchHelp';

export const SEARCH_INPUT_ID = 'search-input';
/** Dispatched on window to move focus from the box into the result list. */
export const FOCUS_RESULTS_EVENT = 'diptych:focus-results';
const PAUSE_MS = 250;

/** Edit → Find: the search box, its text selected to type over. */
export function focusSearchBox(): void {
  const input = document.getElementById(SEARCH_INPUT_ID);
  if (input instanceof HTMLInputElement) {
    input.focus();
    input.select();
  }
}

export function SearchBox({
  query,
  onSearch,
  helpOpen,
  onHelpOpenChange,
}: {
  query: string;
  onSearch: (query: string) => void;
  helpOpen: boolean;
  onHelpOpenChange: (open: boolean) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const [value, setValue] = useState(query);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // The query can change from outside (a facet clicked, back in history).
  useEffect(() => setValue(query), [query]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const submit = (next: string): void => {
    clearTimeout(timer.current);
    if (next !== query) onSearch(next);
  };

  return (
    <div className="search-box" role="search">
      <input
        id={SEARCH_INPUT_ID}
        type="search"
        value={value}
        placeholder={t('search.placeholder')}
        aria-label={t('search.label')}
        spellCheck={false}
        autoComplete="off"
        onChange={(e) => {
          const next = e.target.value;
          setValue(next);
          clearTimeout(timer.current);
          timer.current = setTimeout(() => submit(next), PAUSE_MS);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            submit(value);
          } else if (e.key === 'ArrowDown') {
            e.preventDefault();
            submit(value);
            window.dispatchEvent(new Event(FOCUS_RESULTS_EVENT));
          } else if (e.key === 'Escape' && value) {
            e.preventDefault();
            setValue('');
            submit('');
          }
        }}
      />
      <SearchHelp open={helpOpen} onOpenChange={onHelpOpenChange} />
    </div>
  );
}
