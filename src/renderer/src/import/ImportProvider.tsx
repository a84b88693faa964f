// The import state the whole window shares: files or folders dropped anywhere on the window, the
// File → Import… menu command (App), the dialog's buttons. One import runs at a time; its progress
// arrives as `importProgress` events and its report when the call resolves. Screens showing the
// archive refresh on the core's `archiveChanged`, not on anything here.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import type { ImportProgressEvent, ImportResult } from '../../../shared/api';
import type { ApiError } from '../../../shared/errors';
import { ApiFailure, call, onEvent, pathForFile } from '../api/client';

export type ImportState =
  | { phase: 'idle' }
  | { phase: 'running'; progress: ImportProgressEvent | null; cancelling: boolean }
  | { phase: 'done'; result: ImportResult; unknownPaths: number }
  | { phase: 'failed'; error: ApiError };

interface ImportContextValue {
  state: ImportState;
  dialogOpen: boolean;
  openDialog(): void;
  closeDialog(): void;
  /** Imports files the reader chose or dropped (their paths come from the preload). */
  importFiles(files: readonly File[]): void;
  importPaths(paths: readonly string[]): void;
  /** Imports the folder that files chosen with a folder picker came from. */
  importFolder(files: readonly File[]): void;
  pasteText(text: string, options: { lang?: string; storyId?: number }): Promise<ImportResult | null>;
  cancel(): void;
  /** The story open in the reader, for "paste as a version of the open story". */
  openStoryId: number | undefined;
  openStory(id: number): void;
}

/** The chosen folder's path: the first file's path, up as many levels as its relative path is deep. */
export function folderOf(file: File): string | null {
  const path = pathForFile(file);
  const depth = file.webkitRelativePath.split('/').length - 1;
  if (!path || depth < 1) return path;
  const parts = path.split(/(?=[\\/])/u);
  return parts.slice(0, parts.length - depth).join('');
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
  const running = useRef(false);

  useEffect(
    () =>
      onEvent('importProgress', (progress) =>
        setState((s) => (s.phase === 'running' ? { ...s, progress } : s)),
      ),
    [],
  );

  const runPaths = useCallback((paths: readonly string[], unknownPaths: number) => {
    setDialogOpen(true);
    if (running.current) return;
    if (paths.length === 0) {
      setState({ phase: 'failed', error: { code: 'fileUnreadable', params: { file: '—' } } });
      return;
    }
    running.current = true;
    setState({ phase: 'running', progress: null, cancelling: false });
    call('importPaths', { paths: [...paths] }).then(
      (result) => {
        running.current = false;
        setState({ phase: 'done', result, unknownPaths });
      },
      (e: unknown) => {
        running.current = false;
        setState({ phase: 'failed', error: toError(e) });
      },
    );
  }, []);

  const importFiles = useCallback(
    (files: readonly File[]) => {
      const paths = files.map((f) => pathForFile(f)).filter((p): p is string => !!p);
      runPaths(paths, files.length - paths.length);
    },
    [runPaths],
  );

  // Files and folders dropped anywhere on the window.
  useEffect(() => {
    const over = (e: DragEvent): void => {
      if (!e.dataTransfer?.types.includes('Files')) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
      document.body.classList.add('import-drag-over');
    };
    const leave = (e: DragEvent): void => {
      if (e.relatedTarget === null) document.body.classList.remove('import-drag-over');
    };
    const drop = (e: DragEvent): void => {
      document.body.classList.remove('import-drag-over');
      const files = [...(e.dataTransfer?.files ?? [])];
      if (files.length === 0) return;
      e.preventDefault();
      importFiles(files);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [importFiles]);

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
      importPaths: (paths) => runPaths(paths, 0),
      importFolder: (files) => {
        const root = files[0] ? folderOf(files[0]) : null;
        runPaths(root ? [root] : [], root ? 0 : files.length);
      },
      pasteText: async (text, options) => {
        try {
          const result = await call('importText', { text, ...options });
          setState({ phase: 'done', result, unknownPaths: 0 });
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
    [state, dialogOpen, importFiles, runPaths, openStoryId, onOpenStory],
  );
  return <ImportContext.Provider value={value}>{children}</ImportContext.Provider>;
}

export function useImport(): ImportContextValue {
  const value = useContext(ImportContext);
  if (!value) throw new Error('useImport outside ImportProvider');
  return value;
}
