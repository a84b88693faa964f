// A parse worker: runs the read → decode → parse → analyze steps (parse-step.ts) for the items
// the writer sends, and sends each result back on the port it was given, waking the writer.
import { workerData } from 'node:worker_threads';
import { WordAnalyzer } from '../search/analyze';
import type { FromParseWorker, ParseWorkerData, ToParseWorker } from './parsers';
import { parseWork, type ParseContext } from './parse-step';
import { DetectorNeeded, prepareContext } from './prepare';

const data = workerData as ParseWorkerData;
const signal = new Int32Array(data.signal);
// One analyzer for the whole import: its cache is what makes analysis cheap. The language
// detector (tens of megabytes) is loaded when a file first needs it.
const ctx: ParseContext = prepareContext(data.override, new WordAnalyzer(), null);

const post = (message: FromParseWorker): void => {
  data.port.postMessage(message);
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
};

async function parse(message: ToParseWorker): Promise<void> {
  try {
    post({ seq: message.seq, parsed: parseWork(message.item, ctx) });
  } catch (e) {
    if (!(e instanceof DetectorNeeded)) throw e;
    const { detectLanguage } = await import('../import/detect-language');
    ctx.detect = (text) => detectLanguage(text).lang;
    post({ seq: message.seq, parsed: parseWork(message.item, ctx) });
  }
}

data.port.on('message', (message: ToParseWorker) => void parse(message));
post({ ready: true });
