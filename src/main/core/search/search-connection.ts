// What searching one archive connection keeps between queries (prepared statements, the document
// cache and its warm-up, the names' table, the words analysed for hits), held by whoever holds
// the connection (the API worker, the CLI, a benchmark) and passed to every search. Each module
// that keeps something declares a slot for it: the slot is a constant, what it holds lives here,
// so no search module keeps state of its own and a connection's caches go with this object.
import type { Database } from 'better-sqlite3';

/** Something a connection keeps, made from the connection on first use. */
export interface Slot<T> {
  readonly make: (db: Database) => T;
}

export function slot<T>(make: (db: Database) => T): Slot<T> {
  return Object.freeze({ make });
}

export class SearchConnection {
  private readonly kept = new Map<Slot<unknown>, unknown>();

  constructor(readonly db: Database) {}

  /** What `s` holds for this connection, made on first use. */
  get<T>(s: Slot<T>): T {
    if (!this.kept.has(s)) this.kept.set(s, s.make(this.db));
    return this.kept.get(s) as T;
  }

  /** What `s` holds if it was made, without making it. */
  peek<T>(s: Slot<T>): T | undefined {
    return this.kept.get(s) as T | undefined;
  }

  /** Lets go of what `s` holds; the next `get` makes it again. */
  forget(s: Slot<unknown>): void {
    this.kept.delete(s);
  }
}
