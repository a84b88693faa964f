// Runs the TypeScript import worker from sources (tests, the CLI, benchmarks under plain Node):
// registers tsx in this thread, then loads the worker. The built app runs import-worker.js.
import { register } from 'tsx/esm/api';

register();
await import(new URL('./import-worker.ts', import.meta.url).href);
