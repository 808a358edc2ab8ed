import type { Database, Statement } from 'better-sqlite3';
import { tallySpecs, type Tally, type TallyKind } from '../tallies';

/**
 * Adds tallies inside the caller's transaction: one upsert per row. Only the counters a tally
 * names are bound; the others add 0.
 */
export function tallyWriter(db: Database): (tallies: Tally[]) => void {
  const statements = new Map<TallyKind, Statement>();
  const statementFor = (kind: TallyKind): Statement => {
    let statement = statements.get(kind);
    if (!statement) {
      const spec = tallySpecs[kind];
      const keys = Object.entries(spec.key as Record<string, string>);
      const counts = Object.values(spec.counts as Record<string, string>);
      const columns = [...keys.map(([, column]) => column), ...counts];
      const values = [...keys.map(([field]) => `@${field}`), ...counts.map((column) => `@${column}`)];
      statement = db.prepare(
        `INSERT INTO ${spec.table} (${columns.join(', ')}) VALUES (${values.join(', ')})
         ON CONFLICT (${keys.map(([, column]) => column).join(', ')}) DO UPDATE SET ${counts.map((c) => `${c} = ${c} + excluded.${c}`).join(', ')}`,
      );
      statements.set(kind, statement);
    }
    return statement;
  };
  return (tallies) => {
    for (const tally of tallies) {
      const spec = tallySpecs[tally.kind];
      const params: Record<string, unknown> = { ...tally.key };
      const add = tally.add as Record<string, number | undefined>;
      for (const [field, column] of Object.entries(spec.counts as Record<string, string>)) params[column] = add[field] ?? 0;
      statementFor(tally.kind).run(params);
    }
  };
}
