// What the caller of an import may ask for.
import type { Provenance } from '../../../shared/model';
import type { ImportProgress } from './report';

export interface StoreOptions {
  /** Language of every version, overriding what files declare and what detection finds. */
  lang?: string;
  /** Add the versions to this existing story. */
  translationOf?: number;
  /** Language of the original among the versions (otherwise the first one of a new story). */
  originalLang?: string;
  provenance?: Provenance;
}

export interface ImportOptions extends StoreOptions {
  signal?: AbortSignal;
  /** Polled between files and stories; true stops the import (what landed stays). */
  isCancelled?: () => boolean;
  onProgress?: (progress: ImportProgress) => void;
  /** Keep at most this many entries in each of the report's lists (the counts stay complete). */
  listLimit?: number;
  /**
   * Parse workers besides the writer: 0 parses on the writer's own thread. By default an import
   * large enough to pay for starting them uses the machine's other cores.
   */
  parseWorkers?: number;
}
