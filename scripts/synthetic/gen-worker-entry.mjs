// Runs gen-worker.ts in a worker thread under plain Node: registers tsx first.
import { register } from 'tsx/esm/api';

register();
await import(new URL('./gen-worker.ts', import.meta.url).href);
