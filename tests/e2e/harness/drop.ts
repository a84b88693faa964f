// Files dropped on the window in a browser test, as Electron would drop them: File objects whose
// paths the harness's preload stand-in (bridge-script.ts) knows, so the page asks the host for them.
import type { Page } from 'playwright-core';

/** Drops files on the window as Electron would; `known` false: files whose path the host cannot tell. */
export async function drop(page: Page, paths: string[], known = true): Promise<void> {
  await page.evaluate(
    ({ paths, known }) => {
      const w = globalThis as unknown as {
        File: new (parts: unknown[], name: string) => object;
        DataTransfer: new () => { items: { add(file: object): void } };
        DragEvent: new (type: string, init: object) => object;
        document: { body: { dispatchEvent(event: object): boolean } };
        __diptychTestPaths: Map<object, string>;
      };
      const data = new w.DataTransfer();
      const map = new Map<object, string>();
      for (const path of paths) {
        const file = new w.File([], path.split('/').pop() ?? 'file');
        if (known) map.set(file, path);
        data.items.add(file);
      }
      w.__diptychTestPaths = map;
      w.document.body.dispatchEvent(new w.DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
      w.document.body.dispatchEvent(new w.DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    },
    { paths, known },
  );
}
