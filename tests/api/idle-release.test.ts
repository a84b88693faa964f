// Search memory is let go after a quiet spell, once, and never while the window keeps asking.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IDLE_RELEASE_MS, afterQuietSpell } from '../../src/main/core/api/idle-release';

describe('releasing memory when idle', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('releases once a quiet spell after the last call, and again after the next one', () => {
    const release = vi.fn();
    const idle = afterQuietSpell(release);
    idle.touch();
    vi.advanceTimersByTime(IDLE_RELEASE_MS - 1);
    expect(release).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(release).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(IDLE_RELEASE_MS * 10);
    expect(release).toHaveBeenCalledTimes(1);
    idle.touch();
    vi.advanceTimersByTime(IDLE_RELEASE_MS);
    expect(release).toHaveBeenCalledTimes(2);
  });

  it('waits while calls keep coming, and not at all once stopped', () => {
    const release = vi.fn();
    const idle = afterQuietSpell(release, 1000);
    for (let i = 0; i < 20; i++) {
      idle.touch();
      vi.advanceTimersByTime(900);
    }
    expect(release).not.toHaveBeenCalled();
    idle.stop();
    vi.advanceTimersByTime(10_000);
    expect(release).not.toHaveBeenCalled();
  });

  it('does nothing before the first call', () => {
    const release = vi.fn();
    afterQuietSpell(release, 1000);
    vi.advanceTimersByTime(10_000);
    expect(release).not.toHaveBeenCalled();
  });
});
