import { join } from 'node:path';
import Database from 'better-sqlite3';

/**
 * The floor to compare the store with: SQLite alone, WAL, one `INSERT INTO t VALUES (?, ?)` per
 * transaction, on the same disk. Inserts per second.
 */
export function measureBareInserts(dir: string, synchronous: 'NORMAL' | 'FULL', count: number): number {
  const db = new Database(join(dir, `bare-${synchronous.toLowerCase()}.db`));
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${synchronous}`);
  db.exec('CREATE TABLE t (a INTEGER, b TEXT)');
  const insert = db.prepare('INSERT INTO t VALUES (?, ?)');
  const started = performance.now();
  for (let i = 0; i < count; i++) insert.run(i, `row ${i}`);
  const elapsed = performance.now() - started;
  db.close();
  return (count * 1000) / elapsed;
}
