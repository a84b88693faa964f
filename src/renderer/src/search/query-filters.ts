// Facets act as filters by editing the query text, so what is applied is always visible and the
// query language stays the one source of truth: `lang:uk`, `agency:"UNN"`, `after:2024 before:2025`.
import type { SearchFacets } from '../../../shared/api/search';

export type FacetKind = keyof SearchFacets;

export function facetFilter(kind: FacetKind, value: string): string {
  if (kind === 'lang') return `lang:${value}`;
  if (kind === 'year') return `after:${value} before:${Number(value) + 1}`;
  return /[\s"]/u.test(value) ? `agency:"${value.replace(/"/gu, '')}"` : `agency:${value}`;
}

/** Adds the facet's filter to the query, or takes it out when it is already there. */
export function toggleFacet(query: string, kind: FacetKind, value: string): string {
  const filter = facetFilter(kind, value);
  if (hasFacet(query, kind, value)) return query.split(filter).join(' ').replace(/\s+/gu, ' ').trim();
  return `${query.trim()} ${filter}`.trim();
}

export function hasFacet(query: string, kind: FacetKind, value: string): boolean {
  return query.includes(facetFilter(kind, value));
}
