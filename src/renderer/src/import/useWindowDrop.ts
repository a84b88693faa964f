// Files and folders dropped anywhere on the window go to `onFiles`; while they are dragged over
// it, the window says it will take them.
import { useEffect } from 'react';

export function useWindowDrop(onFiles: (files: File[]) => void): void {
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
      onFiles(files);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [onFiles]);
}
