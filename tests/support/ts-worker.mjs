// Runs a TypeScript worker under plain Node (tests): registers tsx in the worker thread, then
// loads the entry given as the worker's first argument.
import { register } from 'tsx/esm/api';
import { pathToFileURL } from 'node:url';

register();
await import(pathToFileURL(process.argv[2]).href);
