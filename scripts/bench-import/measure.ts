// What a bench:import child measures about itself: CPU time of every thread, wall time, resident
// memory as it goes, and bytes it asked the kernel to write (for write amplification).
import { readFileSync } from 'node:fs';

export interface ChildFigures {
  stories: number;
  versions: number;
  failed: number;
  firstFailure?: unknown;
  wallSeconds: number;
  /** User and system time of the whole process, all threads (workers included). */
  cpuSeconds: number;
  peakRssMb: number;
  /** Resident size at 10, 50 and 100 % of the stories. */
  rssMbAt: number[];
  /** Bytes passed to write(2) and friends while storing, or null where /proc says nothing. */
  writtenBytes: number | null;
  archiveBytes: number;
}

/** Bytes this process has passed to write calls so far (Linux), null elsewhere. */
export function writtenSoFar(): number | null {
  try {
    const m = /^wchar:\s*(\d+)$/mu.exec(readFileSync('/proc/self/io', 'utf8'));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

const rssMb = (): number => Math.round(process.memoryUsage().rss / 1024 / 1024);

/** Starts measuring; `progress(fraction)` samples memory at 10 and 50 %, `finish()` at 100 %. */
export function startMeasuring(): {
  progress(fraction: number): void;
  finish(): Omit<ChildFigures, 'stories' | 'versions' | 'failed' | 'archiveBytes'>;
} {
  const marks = [0.1, 0.5];
  const samples: number[] = [];
  const cpu = process.cpuUsage();
  const written = writtenSoFar();
  const start = performance.now();
  return {
    progress(fraction) {
      while (marks.length > 0 && fraction >= marks[0]!) {
        marks.shift();
        samples.push(rssMb());
      }
    },
    finish() {
      const wallSeconds = (performance.now() - start) / 1000;
      const used = process.cpuUsage(cpu);
      while (samples.length < 2) samples.push(rssMb());
      samples.push(rssMb());
      const after = writtenSoFar();
      return {
        wallSeconds,
        cpuSeconds: (used.user + used.system) / 1e6,
        peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
        rssMbAt: samples,
        writtenBytes: written === null || after === null ? null : after - written,
      };
    },
  };
}
