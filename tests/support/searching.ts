// Tests search the archives they build as the app does: through one SearchConnection an archive,
// made on first use, so what search keeps between queries is kept between a test's searches too.
import type { Database } from 'better-sqlite3';
import { SearchConnection } from '../../src/main/core/search/search-connection';

const connections = new WeakMap<Database, SearchConnection>();

export function searching(db: Database): SearchConnection {
  let conn = connections.get(db);
  if (!conn) connections.set(db, (conn = new SearchConnection(db)));
  return conn;
}
