// The query language at a glance, in a popover beside the search box (also Help → Search help).
// The syntax itself is code and stays as typed; what it does is in the reader's language.
import { useId, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** Each row's explanation is `search.help.<key>` in the locales (keys checked at compile time). */
const SYNTAX = [
  { example: 'Kallas NATO', key: 'words' },
  { example: '"Financial Times"', key: 'phrase' },
  { example: 'Ukrain*', key: 'prefix' },
  { example: '-Macron', key: 'exclude' },
  { example: 'Kallas OR Каллас', key: 'or' },
  { example: '(Kyiv OR Kiiev) NATO', key: 'group' },
  { example: 'lang:uk', key: 'lang' },
  { example: 'agency:UNN', key: 'agency' },
  { example: 'place:Kyiv', key: 'place' },
  { example: 'tag:energy', key: 'tag' },
  { example: 'title:NATO', key: 'title' },
  { example: 'after:2024-01-01 before:2024-06', key: 'dates' },
  { example: 'original: translation:', key: 'side' },
] as const satisfies readonly { example: string; key: string }[];

export function SearchHelp({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }): React.JSX.Element {
  const { t } = useTranslation();
  const setOpen = onOpenChange;
  const id = useId();
  const panel = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  // Before paint: the panel is never on screen without its Esc key (a quick Esc would be lost).
  useLayoutEffect(() => {
    if (!open) return;
    panel.current?.focus();
    const onKey = (e: KeyboardEvent): void => {
      if (e.key === 'Escape') {
        e.stopPropagation();
        setOpen(false);
        button.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [open, setOpen]);

  return (
    <div className="search-help">
      <button
        ref={button}
        type="button"
        className="search-help-button"
        aria-expanded={open}
        aria-controls={id}
        aria-label={t('search.helpButton')}
        title={t('search.helpButton')}
        onClick={() => setOpen(!open)}
      >
        ?
      </button>
      {open && (
        <div id={id} ref={panel} className="search-help-panel" role="dialog" aria-label={t('search.helpTitle')} tabIndex={-1}>
          <h2>{t('search.helpTitle')}</h2>
          <table>
            <tbody>
              {SYNTAX.map((row) => (
                <tr key={row.key}>
                  <td>
                    <code>{row.example}</code>
                  </td>
                  <td>{t(`search.help.${row.key}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>{t('search.help.forms')}</p>
          <p className="search-help-keys">{t('search.help.keys')}</p>
          <button
            type="button"
            onClick={() => {
              setOpen(false);
              button.current?.focus();
            }}
          >
            {t('search.close')}
          </button>
        </div>
      )}
    </div>
  );
}
