import type { Database } from 'better-sqlite3';
import type { RecordedQuery } from './recording-store';

export interface QueryPlan {
  query: RecordedQuery;
  /** EXPLAIN QUERY PLAN's steps, indented by depth. */
  steps: string[];
  /** Reads the messages table (or its search index). */
  touchesMessages: boolean;
  /** Steps that read a whole table (`SCAN t` without an index). */
  tableScans: string[];
}

/** SQLite's own plan for each query the reports ran, with the arguments they ran it with. */
export function explainQueries(db: Database, queries: Iterable<RecordedQuery>): QueryPlan[] {
  const plans: QueryPlan[] = [];
  for (const query of queries) {
    const rows = db.prepare(`EXPLAIN QUERY PLAN ${query.sql}`).all(...query.args) as { id: number; parent: number; detail: string }[];
    const depth = new Map<number, number>([[0, -1]]);
    const steps = rows.map((row) => {
      const d = (depth.get(row.parent) ?? -1) + 1;
      depth.set(row.id, d);
      return `${'  '.repeat(d)}${row.detail}`;
    });
    const touchesMessages = /\bmessages(_search)?\b/.test(query.sql) || rows.some((r) => /\bmessages(_search)?\b/.test(r.detail));
    const tableScans = rows.map((r) => r.detail).filter((d) => /^SCAN \w+( AS \w+)?$/.test(d));
    plans.push({ query, steps, touchesMessages, tableScans });
  }
  return plans;
}
