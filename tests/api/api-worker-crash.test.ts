// When the archive's worker stops on its own, no call is left waiting (the window would freeze):
// calls in flight answer `workerStopped`, the worker is restarted once, and if it stops again (or
// cannot start) every call answers `archiveUnavailable` and the window is told.
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  startApiWorker,
  superviseApiWorker,
  type SupervisedApi,
} from '../../src/main/core/api/api-worker-client';

const ENTRY = resolve(__dirname, '../support/crash-worker.mjs');
const start = (n: number, fail = false) => startApiWorker(ENTRY, { dbPath: ':memory:', n, fail } as never);

/** Waits until `check` holds (the worker's exit arrives asynchronously). */
async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
}

describe('the API worker stopping', () => {
  let supervised: SupervisedApi | undefined;
  afterEach(async () => {
    await supervised?.close();
    supervised = undefined;
  });

  it('answers a call in flight with workerStopped, and later calls at once', async () => {
    const client = await start(1);
    const waiting = client.call('hang', {});
    void client.call('crash', {});
    expect(await waiting).toMatchObject({ ok: false, error: { code: 'workerStopped' } });
    expect(await client.call('listStories', {})).toMatchObject({ ok: false, error: { code: 'workerStopped' } });
  });

  it('restarts the worker once, then gives up and says so', async () => {
    let started = 0;
    const unavailable: string[] = [];
    supervised = await superviseApiWorker(() => start(++started), (detail) => unavailable.push(detail));
    expect(await supervised.call('ping', {})).toEqual({ ok: true, value: { worker: 1 } });

    expect(await supervised.call('crash', {})).toMatchObject({ ok: false, error: { code: 'workerStopped' } });
    await until(() => started === 2);
    expect(await supervised.call('ping', {})).toEqual({ ok: true, value: { worker: 2 } });
    expect(unavailable).toEqual([]);

    expect(await supervised.call('crash', {})).toMatchObject({ ok: false, error: { code: 'workerStopped' } });
    await until(() => unavailable.length > 0);
    expect(unavailable).toHaveLength(1);
    expect(supervised.available).toBe(false);
    expect(await supervised.call('ping', {})).toMatchObject({ ok: false, error: { code: 'archiveUnavailable' } });
    expect(started).toBe(2);
  });

  it('gives up when the restart itself fails', async () => {
    let started = 0;
    const unavailable: string[] = [];
    supervised = await superviseApiWorker(() => start(++started, started > 1), (detail) => unavailable.push(detail));
    await supervised.call('crash', {});
    await until(() => unavailable.length > 0);
    expect(unavailable).toHaveLength(1);
    expect(await supervised.call('ping', {})).toMatchObject({ ok: false, error: { code: 'archiveUnavailable' } });
  });

  it('does not count closing the app as a stop', async () => {
    const unavailable: string[] = [];
    supervised = await superviseApiWorker(() => start(1), (detail) => unavailable.push(detail));
    await supervised.close();
    await new Promise((r) => setTimeout(r, 50));
    expect(unavailable).toEqual([]);
  });
});
