import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  main: {
    build: {
      externalizeDeps: true,
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/main/electron/main.ts'),
          // The database lives on this worker thread, off the main process.
          'api-worker': resolve(__dirname, 'src/main/core/api/api-worker.ts'),
          // Imports run on a worker of their own, started from the API worker…
          'import-worker': resolve(__dirname, 'src/main/core/import/worker/import-worker.ts'),
          // …which parses on workers of its own while it writes.
          'parse-worker': resolve(__dirname, 'src/main/core/pipeline/parse-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        // A sandboxed preload must be CommonJS.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    plugins: [react()],
    build: {
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } },
    },
  },
});
