// Facets: the values a list can be narrowed by, with how many stories each keeps, pressed when its
// filter is in the query's tree. Search and the library share it (and the tree: src/shared/search);
// toggling edits the tree, never the text. In a narrow window the panel folds behind a button.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchFacet } from '../../../shared/api/search';
import { formatNumber, languageName } from '../../../shared/i18n/format';
import { activeFacets, hasFacet, type FacetKind, type SyntaxNode } from '../../../shared/search';
import './facets.css';

export type FacetCounts = Partial<Record<FacetKind, readonly SearchFacet[]>>;

export function facetLabel(kind: FacetKind, value: string, uiLang: string): string {
  return kind === 'lang' ? languageName(value, uiLang, { capitalize: true }) : value;
}

export function FacetPanel({
  facets,
  kinds,
  tree,
  label,
  onToggle,
  onClear,
}: {
  facets: FacetCounts;
  kinds: readonly FacetKind[];
  tree: SyntaxNode | null;
  label: string;
  onToggle: (kind: FacetKind, value: string) => void;
  /** Offered when a facet is on. */
  onClear?: () => void;
}): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const [unfolded, setUnfolded] = useState(false);
  const id = useId();
  const uiLang = i18n.language;
  const active = activeFacets(tree).filter((f) => kinds.includes(f.kind));
  const on = active.length;
  return (
    <div className="facet-panel">
      <div className="facet-folded">
        <button type="button" className="facet-fold" aria-expanded={unfolded} aria-controls={id} onClick={() => setUnfolded(!unfolded)}>
          {on > 0 ? t('facets.toggleActive', { count: on }) : t('facets.toggle')}
        </button>
        {/* Folded, the facets that are on still show, each a pressed toggle that takes it off. */}
        {!unfolded &&
          active.map((f) => (
            <button type="button" key={`${f.kind}:${f.value}`} className="facet-chip" aria-pressed="true" onClick={() => onToggle(f.kind, f.value)}>
              {facetLabel(f.kind, f.value, uiLang)}
              <span aria-hidden="true"> ×</span>
            </button>
          ))}
      </div>
      <nav id={id} className={unfolded ? 'facet-lists unfolded' : 'facet-lists'} aria-label={label}>
        {onClear && on > 0 && (
          <button type="button" className="facet-clear" onClick={onClear}>
            {t('facets.clear')}
          </button>
        )}
        {kinds.map((kind) => {
          const values = facets[kind] ?? [];
          if (values.length === 0) return null;
          return (
            <section className="facet" key={kind} aria-labelledby={`${id}-${kind}`}>
              <h2 id={`${id}-${kind}`}>{t(`search.facet.${kind}`)}</h2>
              <ul>
                {values.map((f) => {
                  const pressed = hasFacet(tree, kind, f.value);
                  return (
                    <li key={f.value}>
                      <button type="button" aria-pressed={pressed} className={pressed ? 'on' : undefined} onClick={() => onToggle(kind, f.value)}>
                        <span className="facet-value" lang={kind === 'lang' ? uiLang : undefined}>
                          {facetLabel(kind, f.value, uiLang)}
                        </span>
                        <span className="facet-count">{formatNumber(f.count, uiLang)}</span>
                      </button>
                    </li>
                  );
                })}
              </ul>
            </section>
          );
        })}
      </nav>
    </div>
  );
}
