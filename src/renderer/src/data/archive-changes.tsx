// How the renderer learns that the archive changed: the core announces `archiveChanged` after
// every write (an import, a delete, a repair — from this window, the menu or another window), and
// this counts them. Queries (useApi, usePagedList) refetch when the count moves, in place: nothing
// remounts, the scroll position and the focus stay.
import { createContext, useContext, useEffect, useState } from 'react';
import { onEvent } from '../api/client';

const ArchiveGeneration = createContext(0);

export function ArchiveChangesProvider({ children }: { children: React.ReactNode }): React.JSX.Element {
  const [generation, setGeneration] = useState(0);
  useEffect(() => onEvent('archiveChanged', () => setGeneration((g) => g + 1)), []);
  return <ArchiveGeneration.Provider value={generation}>{children}</ArchiveGeneration.Provider>;
}

/** Moves each time the archive changed. */
export function useArchiveGeneration(): number {
  return useContext(ArchiveGeneration);
}
