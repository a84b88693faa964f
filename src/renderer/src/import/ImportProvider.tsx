// The import state the whole window shares: files or folders dropped anywhere on the window, the
// File → Import… menu command (App), the dialog's buttons. One import runs at a time; its progress
// arrives as `importProgress` events and its report when the call resolves. Screens showing the
// archive refresh on the core's `archiveChanged`, not on anything here.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import type { ImportProgressEvent, ImportResult } from '../../../shared/api';
import type { ApiError } from '../../../shared/errors';
import { formatList } from '../../../shared/i18n/format';
import { useTranslation } from 'react-i18next';
import { ApiFailure, call, grantFiles, onEvent } from '../api/client';
import { useWindowDrop } from './useWindowDrop';

export type ImportState =
  | { phase: 'idle' }
  | { phase: 'running'; progress: ImportProgressEvent | null; cancelling: boolean }
  /** `files`: how many files the import read (its last progress said), null for pasted text. */
  | { phase: 'done'; result: ImportResult; unknownPaths: number; files: number | null }
  | { phase: 'failed'; error: ApiError };

interface ImportContextValue {
  state: ImportState;
  dialogOpen: boolean;
  openDialog(): void;
  closeDialog(): void;
  /**
   * Imports files the reader chose or dropped (main issues tokens for them; the page sees no
   * path), in `lang` when the reader named it, else in the language each file says or shows.
   */
  importFiles(files: readonly File[], lang?: string): void;
  /** Imports the folder that files chosen with a folder picker came from. */
  importFolder(files: readonly File[], lang?: string): void;
  /** Back to choosing what to import, the last report put away. */
  reset(): void;
  pasteText(text: string, options: { lang?: string; storyId?: number }): Promise<ImportResult | null>;
  cancel(): void;
  /** The story open in the reader, for "paste as a version of the open story". */
  openStoryId: number | undefined;
  openStory(id: number): void;
}

const ImportContext = createContext<ImportContextValue | null>(null);

const toError = (e: unknown): ApiError =>
  e instanceof ApiFailure ? e.error : { code: 'internal', detail: String(e) };

export function ImportProvider({
  children,
  openStoryId,
  onOpenStory,
}: {
  children: React.ReactNode;
  openStoryId: number | undefined;
  onOpenStory(id: number): void;
}): React.JSX.Element {
  const [state, setState] = useState<ImportState>({ phase: 'idle' });
  const [dialogOpen, setDialogOpen] = useState(false);
  const { i18n } = useTranslation();
  const running = useRef(false);
  const lastProgress = useRef<ImportProgressEvent | null>(null);

  useEffect(
    () =>
      onEvent('importProgress', (progress) => {
        lastProgress.current = progress;
        setState((s) => (s.phase === 'running' ? { ...s, progress } : s));
      }),
    [],
  );

  const runFiles = useCallback((files: readonly File[], how: 'files' | 'folder', lang?: string) => {
    setDialogOpen(true);
    if (running.current) return;
    running.current = true;
    lastProgress.current = null;
    setState({ phase: 'running', progress: null, cancelling: false });
    const fail = (error: ApiError): void => {
      running.current = false;
      setState({ phase: 'failed', error });
    };
    grantFiles(files, how).then(
      ({ tokens, unknown }) => {
        if (tokens.length === 0) return fail({ code: 'fileUnreadable', params: { file: unplacedNames(files, i18n.language) } });
        call('importPaths', { tokens, ...(lang ? { lang } : {}) }).then(
          (result) => {
            running.current = false;
            setState({ phase: 'done', result, unknownPaths: unknown, files: lastProgress.current?.total ?? null });
          },
          (e: unknown) => fail(toError(e)),
        );
      },
      (e: unknown) => fail(toError(e)),
    );
  }, [i18n]);

  const importFiles = useCallback((files: readonly File[], lang?: string) => runFiles(files, 'files', lang), [runFiles]);

  useWindowDrop(importFiles);

  const value = useMemo<ImportContextValue>(
    () => ({
      state,
      dialogOpen,
      openDialog: () => setDialogOpen(true),
      closeDialog: () => {
        setDialogOpen(false);
        setState((s) => (s.phase === 'running' ? s : { phase: 'idle' }));
      },
      importFiles,
      importFolder: (files, lang) => runFiles(files, 'folder', lang),
      reset: () => setState((s) => (s.phase === 'running' ? s : { phase: 'idle' })),
      pasteText: async (text, options) => {
        try {
          const result = await call('importText', { text, ...options });
          setState({ phase: 'done', result, unknownPaths: 0, files: null });
          return result;
        } catch (e) {
          setState({ phase: 'failed', error: toError(e) });
          return null;
        }
      },
      cancel: () => {
        setState((s) => (s.phase === 'running' ? { ...s, cancelling: true } : s));
        void call('cancelImport');
      },
      openStoryId,
      openStory: (id) => {
        setDialogOpen(false);
        onOpenStory(id);
      },
    }),
    [state, dialogOpen, importFiles, runFiles, openStoryId, onOpenStory],
  );
  return <ImportContext.Provider value={value}>{children}</ImportContext.Provider>;
}

export function useImport(): ImportContextValue {
  const value = useContext(ImportContext);
  if (!value) throw new Error('useImport outside ImportProvider');
  return value;
}

/**
 * The files the host could not place, named as the reader knows them (a dash said nothing): the
 * first three, joined the interface language's way.
 */
function unplacedNames(files: readonly File[], uiLang: string): string {
  if (files.length === 0) return '—';
  const names = formatList(files.slice(0, 3).map((f) => f.name), uiLang);
  return files.length > 3 ? `${names}…` : names;
}
