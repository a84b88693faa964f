// An import worker that reaches its heap limit is stopped by Node; the reader is told so in their
// language (importOutOfMemory), not with an internal error.
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { importWorkerError } from '../../src/main/core/import/worker/import-runner';
import { createI18n } from '../../src/shared/i18n/create';
import { UI_LANGUAGES } from '../../src/shared/i18n/resources';

/** The error a worker that outgrows its heap ends with, as Node reports it. */
function outOfMemoryError(): Promise<Error> {
  const grow = 'const keep = []; for (;;) keep.push(new Array(1e5).fill(keep.length));';
  const worker = new Worker(grow, { eval: true, resourceLimits: { maxOldGenerationSizeMb: 16, maxYoungGenerationSizeMb: 4 } });
  return new Promise((resolve) => worker.once('error', resolve));
}

describe('import worker out of memory', () => {
  it('is reported as importOutOfMemory, with a message in every language', async () => {
    const error = importWorkerError(await outOfMemoryError());
    expect(error.code).toBe('importOutOfMemory');
    const english = createI18n('en').t(`errors.${error.code}`);
    expect(english).toMatch(/more memory/u);
    for (const lang of UI_LANGUAGES.filter((l) => l !== 'en')) expect(createI18n(lang).t(`errors.${error.code}`), lang).not.toBe(english);
  });

  it('leaves any other failure of the worker an internal error that keeps its detail', () => {
    const error = importWorkerError(new Error('boom'));
    expect(error.code).toBe('internal');
    expect(error.message).toBe('boom');
  });
});
