// Reading a Diptych JSON file one story at a time, so an export of 100,000 stories imports in
// flat memory: a byte-level scan finds each element of the top-level array (or of "stories")
// and hands only that element to JSON.parse. UTF-8 multi-byte sequences never contain the
// ASCII bytes the scan looks at, so scanning bytes is safe. Nothing of a chunk is kept past the
// next one but copies, so the reader may fill the same buffer again and again.
import { DiptychError } from '../../../../shared/errors';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJ = 0x7b;
const CLOSE_OBJ = 0x7d;
const OPEN_ARR = 0x5b;
const CLOSE_ARR = 0x5d;

const isSpace = (b: number): boolean => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;

export interface JsonSplitLimits {
  /** Largest single story, in bytes. */
  maxStoryBytes: number;
}

/**
 * Yields the JSON text of each story in a stream of chunks: the elements of a top-level array,
 * the elements of a top-level object's "stories" array, or a lone top-level object itself.
 */
export function* splitJsonStories(
  chunks: Iterable<Uint8Array>,
  limits: JsonSplitLimits,
): Generator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const decode = (parts: Uint8Array[]): string => {
    try {
      return decoder.decode(parts.length === 1 ? parts[0] : concat(parts));
    } catch {
      throw new DiptychError('undecodableText');
    }
  };
  let depth = 0;
  let inString = false;
  let escape = false;
  let started = false;
  let mode: 'array' | 'object' | 'stories' | 'done' | null = null;
  let elementDepth = -1;
  // The last string seen directly inside the top object (to notice the "stories" key).
  let keyBytes: number[] | null = null;
  let lastKey = '';
  let capture: Uint8Array[] | null = null;
  let captureFrom = 0;
  let captureBytes = 0;
  // A lone story object is kept whole until we know it has no "stories" array.
  let whole: Uint8Array[] | null = null;
  let wholeBytes = 0;
  let first = true;

  for (let chunk of chunks) {
    if (first) {
      first = false;
      if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) chunk = chunk.subarray(3);
    }
    captureFrom = 0;
    if (whole) {
      whole.push(chunk);
      wholeBytes += chunk.length;
      if (wholeBytes > limits.maxStoryBytes) throw new DiptychError('fileTooLarge', { limitMb: limits.maxStoryBytes >> 20 });
    }
    for (let i = 0; i < chunk.length; i++) {
      if (inString && !keyBytes && !escape) {
        // Inside a string's text (nearly all of a story): straight to the quote that ends it.
        const end = closingQuote(chunk, i);
        if (end < 0) {
          escape = endsInEscape(chunk, i);
          break;
        }
        i = end;
      }
      const b = chunk[i]!;
      if (inString) {
        if (keyBytes && keyBytes.length < 32 && !(b === QUOTE && !escape)) keyBytes.push(b);
        if (escape) escape = false;
        else if (b === BACKSLASH) escape = true;
        else if (b === QUOTE) {
          inString = false;
          if (keyBytes) {
            lastKey = String.fromCharCode(...keyBytes);
            keyBytes = null;
          }
        }
        continue;
      }
      if (isSpace(b)) continue;
      if (!started) {
        started = true;
        if (b === OPEN_ARR) {
          mode = 'array';
          elementDepth = 1;
        } else if (b === OPEN_OBJ) {
          mode = 'object';
          whole = [chunk.subarray(i)];
          wholeBytes = chunk.length - i;
        } else throw new DiptychError('malformedFile', { format: 'JSON' }, 'not an object or array');
      }
      if (b === QUOTE) {
        inString = true;
        if (mode === 'object' && depth === 1) keyBytes = [];
        continue;
      }
      if (b === OPEN_OBJ || b === OPEN_ARR) {
        depth++;
        if (mode === 'object' && depth === 2 && b === OPEN_ARR && lastKey === 'stories') {
          mode = 'stories';
          elementDepth = 2;
          whole = null;
        } else if (depth === elementDepth + 1 && (mode === 'array' || mode === 'stories')) {
          if (b !== OPEN_OBJ) throw new DiptychError('invalidJsonSchema', { path: 'stories' });
          capture = [];
          captureFrom = i;
          captureBytes = 0;
        }
      } else if (b === CLOSE_OBJ || b === CLOSE_ARR) {
        if (capture && depth === elementDepth + 1) {
          capture.push(chunk.subarray(captureFrom, i + 1));
          yield decode(capture);
          capture = null;
        }
        depth--;
        if ((mode === 'stories' || mode === 'array') && depth === elementDepth - 1) mode = 'done';
        if (depth < 0) throw new DiptychError('malformedFile', { format: 'JSON' }, 'unbalanced');
        if (depth === 0 && mode === 'object' && whole) {
          const last = whole.length - 1;
          whole[last] = whole[last]!.subarray(0, whole[last]!.length - (chunk.length - i - 1));
          yield decode(whole);
          whole = null;
          mode = 'done';
        }
      } else if (depth === elementDepth && (mode === 'array' || mode === 'stories') && b !== 0x2c) {
        throw new DiptychError('invalidJsonSchema', { path: 'stories' });
      }
    }
    if (capture) {
      const rest = chunk.slice(captureFrom);
      capture.push(rest);
      captureBytes += rest.length;
      if (captureBytes > limits.maxStoryBytes) throw new DiptychError('fileTooLarge', { limitMb: limits.maxStoryBytes >> 20 });
    }
    if (whole) whole[whole.length - 1] = whole[whole.length - 1]!.slice();
  }
  if (!started) throw new DiptychError('emptyFile');
  if (depth !== 0 || inString) throw new DiptychError('malformedFile', { format: 'JSON' }, 'truncated');
}

/** Where the string running at `from` ends (its closing quote), or -1 past the chunk's end. */
function closingQuote(chunk: Uint8Array, from: number): number {
  for (let q = chunk.indexOf(QUOTE, from); q >= 0; q = chunk.indexOf(QUOTE, q + 1)) {
    let slashes = 0;
    while (q - 1 - slashes >= from && chunk[q - 1 - slashes] === BACKSLASH) slashes++;
    if (slashes % 2 === 0) return q;
  }
  return -1;
}

/** Whether the chunk ends inside a string on a backslash that escapes the next chunk's first byte. */
function endsInEscape(chunk: Uint8Array, from: number): boolean {
  let slashes = 0;
  while (chunk.length - 1 - slashes >= from && chunk[chunk.length - 1 - slashes] === BACKSLASH) slashes++;
  return slashes % 2 === 1;
}

function concat(parts: Uint8Array[]): Uint8Array {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
