// Esc in a story opened from the results goes back to them, where the reader left off.
import { useEffect } from 'react';
import type { Route } from '../app/route';

let openedFromSearch = false;

/** Call when a result is opened (before navigating to the story). */
export function markOpenedFromSearch(): void {
  openedFromSearch = true;
}

export function useEscapeBackToSearch(route: Route): void {
  useEffect(() => {
    if (route.view !== 'story') return;
    const onKey = (e: KeyboardEvent): void => {
      if (e.key !== 'Escape' || e.defaultPrevented || !openedFromSearch) return;
      const target = e.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [role="dialog"]')) return;
      openedFromSearch = false;
      e.preventDefault();
      window.history.back();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [route.view]);
}
