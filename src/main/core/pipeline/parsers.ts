// Where the parse step runs: on the writer's own thread (a small import), or on a pool of parse
// workers so that reading, decoding, parsing and analysing use the machine's other cores while
// the writer stores — and the writer, rather than wait for a worker, parses an item of the queue
// itself, so that every core is busy. Either way results come back in the order items went in. The writer is
// synchronous (better-sqlite3 is), so it waits for a result with Atomics.wait and takes it with
// receiveMessageOnPort: no event loop turn, no await, and the caller's API stays synchronous.
import { availableParallelism } from 'node:os';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { WordAnalyzer } from '../search/analyze';
import { WORKER_HEAP_LIMITS, workerEntryFrom } from '../worker-entries';
import { parseWork, type ParseContext } from './parse-step';
import { DetectorNeeded, prepareContext, type LanguageDetector } from './prepare';
import { inputBytes, type Parsed, type WorkItem } from './units';

export interface Parsers {
  /** Hands an item to be parsed; its result comes out of `next` after those submitted before it. */
  submit(item: WorkItem): void;
  /** The result of the oldest item submitted and not yet taken. */
  next(): Parsed;
  /** Parses an item now, on this thread, outside the order (a lost batch's file, read again). */
  parseHere(item: WorkItem): Parsed;
  /** Whether another item may be submitted now: the window is not full, nor its input budget spent. */
  hasRoom(): boolean;
  /** How many items it pays to keep submitted ahead of the writer, at most. */
  readonly window: number;
  close(): void;
}

/**
 * Words the writer's own analyzer remembers a generation when parse workers run beside it: it
 * parses only the items it takes from the queue, and a full-sized cache on both threads took the
 * import of 100,000 texts from 277 to 314 MB at its peak.
 */
const WRITER_WORDS_PER_GENERATION = 16_384;

/**
 * An import's parsers: `workers` parse workers with the writer's own parsing beside them, or with
 * none, the writer's alone. `detect` and `needsDetector` are the writer's (see InlineParsers).
 */
export function importParsers(
  workers: number,
  override: string | null,
  detect: LanguageDetector | null,
  needsDetector?: (item: WorkItem) => Parsed,
): Parsers {
  if (workers === 0) return new InlineParsers(override, detect, needsDetector);
  return new WorkerParsers(workers, override, new InlineParsers(override, detect, needsDetector, WRITER_WORDS_PER_GENERATION));
}

/**
 * Parsing on the writer's thread, when an import is too small to pay for starting workers (or,
 * beside them, for what it takes from their queue). Without a language detector of its own
 * (`detect` null), an item that needs one goes to `needsDetector`.
 */
export class InlineParsers implements Parsers {
  private readonly queue: WorkItem[] = [];
  private readonly ctx: ParseContext;
  readonly window = 1;

  constructor(
    override: string | null,
    detect: LanguageDetector | null,
    private readonly needsDetector?: (item: WorkItem) => Parsed,
    wordsPerGeneration?: number,
  ) {
    this.ctx = prepareContext(override, new WordAnalyzer(wordsPerGeneration), detect);
  }

  hasRoom(): boolean {
    return this.queue.length < this.window;
  }

  submit(item: WorkItem): void {
    this.queue.push(item);
  }

  next(): Parsed {
    const item = this.queue.shift();
    if (!item) throw new Error('nothing submitted');
    return this.parseHere(item);
  }

  parseHere(item: WorkItem): Parsed {
    const parsed = this.tryHere(item);
    if (parsed) return parsed;
    if (!this.needsDetector) throw new DetectorNeeded();
    return this.needsDetector(item);
  }

  /** Parses an item here, unless it needs a language detector this thread has not loaded: null. */
  tryHere(item: WorkItem): Parsed | null {
    try {
      return parseWork(item, this.ctx);
    } catch (e) {
      if (e instanceof DetectorNeeded) return null;
      throw e;
    }
  }

  close(): void {
    this.queue.length = 0;
  }
}

/** Messages to and from a parse worker (parse-worker.ts). */
export type ToParseWorker = { seq: number; item: WorkItem };
export type FromParseWorker = { ready: boolean; detail?: string } | { seq: number; parsed: Parsed };
export interface ParseWorkerData {
  port: MessagePort;
  /** Int32 the worker adds 1 to after each message, so the writer's Atomics.wait wakes. */
  signal: SharedArrayBuffer;
  override: string | null;
}

/** The worker's entry: parse-worker.js beside the bundle, or the TypeScript source via tsx. */
export function parseWorkerEntry(): string {
  return workerEntryFrom(import.meta.url, 'parse-worker', 'parse-worker-entry.mjs');
}

/** Parse workers to start besides the writer: the machine's other cores, within reason. */
export function defaultParseWorkers(): number {
  return Math.max(1, Math.min(3, availableParallelism() - 1));
}

/** A worker seems gone when it has said nothing about an item for this long. */
const SILENCE_MS = 5 * 60_000;
const READY_MS = 60_000;
const POLL_MS = 200;
// Far enough ahead that a worker keeps parsing while the writer indexes (about 100 ms every 256
// documents) or commits. With 64 files, a worker ran dry in each such pause and idled a third of
// the time; with 256, 100,000 text stories went in at 617 a second, not 440. 256 text files'
// results are a few megabytes; large files and zip entries, whose bytes wait in the queue, are
// bounded by their size instead.
const WINDOW_PER_WORKER = 256;
const WINDOW_BYTES = 16 << 20;
// Items handed to a worker and not answered, at most: enough that it never runs dry while the
// writer indexes or commits (100 text files are about 90 ms of parsing), and the rest of the
// window stays queued here, for the writer to take from its far end when it would wait.
const IN_FLIGHT_PER_WORKER = 128;
// The writer parses only items this small itself: a large one would keep it from storing.
const STEAL_MAX_BYTES = 1 << 20;

interface PoolWorker {
  worker: Worker;
  port: MessagePort;
  /** Items sent and not answered, by sequence number, with their names for failures. */
  items: Map<number, string>;
  lastNews: number;
}

/** Parsing on worker threads; what no worker can take is parsed on the writer's thread. */
export class WorkerParsers implements Parsers {
  private workers: PoolWorker[] = [];
  private readonly signal = new Int32Array(new SharedArrayBuffer(4));
  private readonly done = new Map<number, Parsed>();
  private readonly inline: InlineParsers;
  /** Submitted items not yet handed to a worker, oldest first. With no worker left, they are parsed here in turn. */
  private readonly queued: { seq: number; item: WorkItem }[] = [];
  /** False once an item here needed a language detector this thread lacks: the workers take them all. */
  private stealing = true;
  private nextSeq = 0;
  private nextOut = 0;
  /** Input size of the items in flight, by sequence number, and their sum. */
  private readonly sizes = new Map<number, number>();
  private bytesInFlight = 0;
  readonly window: number;

  constructor(count: number, override: string | null, inline: InlineParsers) {
    this.inline = inline;
    let entry: string | null = null;
    try {
      entry = parseWorkerEntry();
    } catch {
      entry = null;
    }
    for (let i = 0; entry && i < count; i++) {
      const { port1, port2 } = new MessageChannel();
      const data: ParseWorkerData = { port: port2, signal: this.signal.buffer as SharedArrayBuffer, override };
      const worker = new Worker(entry, {
        workerData: data,
        transferList: [port2],
        resourceLimits: WORKER_HEAP_LIMITS['parse-worker'],
      });
      // The writer never turns the event loop while it waits: a worker's end shows as silence.
      worker.on('error', () => undefined);
      this.workers.push({ worker, port: port1, items: new Map(), lastNews: Date.now() });
    }
    this.window = Math.max(1, this.workers.length * WINDOW_PER_WORKER);
    this.awaitReady();
  }

  hasRoom(): boolean {
    const inFlight = this.nextSeq - this.nextOut;
    return inFlight === 0 || (inFlight < this.window && this.bytesInFlight < WINDOW_BYTES);
  }

  private awaitReady(): void {
    const deadline = Date.now() + READY_MS;
    for (const w of [...this.workers]) {
      for (;;) {
        const seen = Atomics.load(this.signal, 0);
        const got = receiveMessageOnPort(w.port);
        const message = got?.message as FromParseWorker | undefined;
        if (message && 'ready' in message) {
          if (!message.ready) this.stop(w);
          break;
        }
        if (Date.now() > deadline) {
          this.stop(w);
          break;
        }
        Atomics.wait(this.signal, 0, seen, POLL_MS);
      }
    }
  }

  submit(item: WorkItem): void {
    const seq = this.nextSeq++;
    const size = inputBytes(item);
    this.sizes.set(seq, size);
    this.bytesInFlight += size;
    this.queued.push({ seq, item });
    this.dispatch();
  }

  /** Hands queued items, oldest first, to the workers with room. */
  private dispatch(): void {
    while (this.queued.length > 0) {
      const w = this.workers.reduce<PoolWorker | null>((a, b) => (a && a.items.size <= b.items.size ? a : b), null);
      if (!w || w.items.size >= IN_FLIGHT_PER_WORKER) return;
      const { seq, item } = this.queued.shift()!;
      if (w.items.size === 0) w.lastNews = Date.now();
      w.items.set(seq, item.name);
      // A buffer of its own (a zip entry) moves to the worker instead of being copied.
      const own = item.kind === 'bytes' && item.bytes.byteOffset === 0 && item.bytes.byteLength === item.bytes.buffer.byteLength;
      w.port.postMessage({ seq, item } satisfies ToParseWorker, own && item.kind === 'bytes' ? [item.bytes.buffer as ArrayBuffer] : []);
    }
  }

  next(): Parsed {
    const seq = this.nextOut;
    if (seq >= this.nextSeq) throw new Error('nothing submitted');
    while (!this.done.has(seq)) {
      // Not handed to a worker (none is left): parsed here, now.
      if (this.queued[0]?.seq === seq) {
        this.done.set(seq, this.inline.parseHere(this.queued.shift()!.item));
        break;
      }
      // The count is read before looking, so a result that lands in between wakes the wait.
      const seen = Atomics.load(this.signal, 0);
      if (this.collect()) this.dispatch();
      else if (!this.steal()) this.waitOrGiveUp(seen);
    }
    this.nextOut++;
    this.bytesInFlight -= this.sizes.get(seq)!;
    this.sizes.delete(seq);
    const parsed = this.done.get(seq)!;
    this.done.delete(seq);
    return parsed;
  }

  parseHere(item: WorkItem): Parsed {
    return this.inline.parseHere(item);
  }

  /**
   * Parses the newest queued item here, while the writer would otherwise wait for a worker: the
   * one the workers would reach last. False when there is none it can take.
   */
  private steal(): boolean {
    const last = this.queued.at(-1);
    if (!this.stealing || !last || inputBytes(last.item) > STEAL_MAX_BYTES) return false;
    const parsed = this.inline.tryHere(last.item);
    if (!parsed) {
      this.stealing = false;
      return false;
    }
    this.queued.pop();
    this.done.set(last.seq, parsed);
    return true;
  }

  /** Takes every answer waiting; true when there was one. */
  private collect(): boolean {
    let any = false;
    for (const w of this.workers) {
      for (let got = receiveMessageOnPort(w.port); got; got = receiveMessageOnPort(w.port)) {
        const message = got.message as FromParseWorker;
        if (!('seq' in message)) continue;
        this.done.set(message.seq, message.parsed);
        w.items.delete(message.seq);
        w.lastNews = Date.now();
        any = true;
      }
    }
    return any;
  }

  private waitOrGiveUp(seen: number): void {
    const silent = this.workers.find((w) => w.items.size > 0 && Date.now() - w.lastNews > SILENCE_MS);
    if (!silent) {
      Atomics.wait(this.signal, 0, seen, POLL_MS);
      return;
    }
    // Hung on one item or gone: what it held fails, by name, and the others carry on.
    for (const [s, name] of silent.items) {
      this.done.set(s, [{ failure: { file: name, error: { code: 'internal', detail: 'a parse worker stopped answering' } } }]);
    }
    this.stop(silent);
  }

  private stop(w: PoolWorker): void {
    this.workers = this.workers.filter((x) => x !== w);
    w.port.close();
    void w.worker.terminate();
  }

  close(): void {
    for (const w of [...this.workers]) this.stop(w);
    this.queued.length = 0;
    this.inline.close();
  }
}
