import Database, { type Database as Db, type Statement } from 'better-sqlite3';
import { reportContext } from '../../reports/report-context';
import { SqliteCollection } from '../../store/sqlite/sqlite-collection';
import { sqliteReportSource } from '../../store/sqlite/sqlite-report-source';
import { tableSpecs } from '../../store/sqlite/table-specs';
import { collectionNames, type Store } from '../../store/store';
import type { ReportCase } from './report-cases';

export interface RecordedQuery {
  sql: string;
  /** The arguments of its last call, to ask SQLite for the plan with the same values. */
  args: unknown[];
  calls: number;
  rows: number;
  /** The reports that ran it. */
  usedBy: Set<string>;
}

export interface Recording {
  queries: Map<string, RecordedQuery>;
  /** Rows SQLite returned to each case (report-source sums and collection finds together). */
  rowsRead: Map<ReportCase, number>;
}

/**
 * Runs every case once through the store's own report source and collections, built on a
 * connection whose statements note their SQL, arguments and rows returned: what each report
 * reads, and the exact queries to ask SQLite to explain.
 */
export async function recordQueries(file: string, store: Store, cases: ReportCase[]): Promise<Recording> {
  const db = new Database(file);
  const queries = new Map<string, RecordedQuery>();
  let current = '';
  let rows = 0;
  const note = (sql: string, args: unknown[], returned: number) => {
    let q = queries.get(sql);
    if (!q) queries.set(sql, (q = { sql, args, calls: 0, rows: 0, usedBy: new Set() }));
    q.args = args;
    q.calls++;
    q.rows += returned;
    q.usedBy.add(current);
    rows += returned;
  };
  const recording = recordingDatabase(db, note);
  const collections = Object.fromEntries(collectionNames.map((name) => [name, new SqliteCollection(recording, tableSpecs[name])]));
  const recorded: Store = { ...store, ...collections, reports: sqliteReportSource(recording) };
  const rowsRead = new Map<ReportCase, number>();
  try {
    for (const c of cases) {
      current = c.filter ? `${c.report} (${c.filter})` : c.report;
      rows = 0;
      await c.answer(await reportContext(recorded, c.filters));
      rowsRead.set(c, rows);
    }
  } finally {
    db.close();
  }
  return { queries, rowsRead };
}

type Note = (sql: string, args: unknown[], rows: number) => void;

/** better-sqlite3's methods check their receiver, so each call goes to the real object. */
function recordingDatabase(db: Db, note: Note): Db {
  return new Proxy(db, {
    get(target, key) {
      if (key === 'prepare') return (sql: string) => recordingStatement(target.prepare(sql), sql, note);
      const value = Reflect.get(target, key, target) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

function recordingStatement(statement: Statement, sql: string, note: Note): Statement {
  const proxy: Statement = new Proxy(statement, {
    get(target, key) {
      if (key === 'raw' || key === 'pluck' || key === 'expand')
        return (toggle?: boolean) => {
          target[key](toggle);
          return proxy;
        };
      if (key === 'all')
        return (...args: unknown[]) => {
          const result = target.all(...args);
          note(sql, args, result.length);
          return result;
        };
      if (key === 'get')
        return (...args: unknown[]) => {
          const result = target.get(...args);
          note(sql, args, result === undefined ? 0 : 1);
          return result;
        };
      const value = Reflect.get(target, key, target) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  return proxy;
}
