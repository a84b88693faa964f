// A parse worker: runs the read → decode → parse → analyze steps (parse-step.ts) for the items
// the writer sends, and sends each result back on the port it was given, waking the writer.
import { workerData } from 'node:worker_threads';
import { WordAnalyzer } from '../search/analyze';
import type { FromParseWorker, ParseWorkerData, ToParseWorker } from './parsers';
import { parseWork } from './parse-step';

const data = workerData as ParseWorkerData;
const signal = new Int32Array(data.signal);
// One analyzer for the whole import: its cache is what makes analysis cheap.
const ctx = { override: data.override, analyzer: new WordAnalyzer() };

const post = (message: FromParseWorker): void => {
  data.port.postMessage(message);
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
};

data.port.on('message', (message: ToParseWorker) => {
  post({ seq: message.seq, parsed: parseWork(message.item, ctx) });
});
post({ ready: true });
