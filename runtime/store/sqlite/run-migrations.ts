import type { Database } from 'better-sqlite3';
import { migrations } from './migrations';

export class SchemaTooNewError extends Error {
  override name = 'SchemaTooNewError';
}

/**
 * Brings the database to the latest schema, one migration per transaction. Several processes may
 * start at once: the exclusive transaction lets one migrate while the others wait, then see it done.
 */
export function runMigrations(db: Database): number {
  const latest = migrations.at(-1)?.version ?? 0;
  const migrate = db.transaction(() => {
    const current = db.pragma('user_version', { simple: true }) as number;
    if (current > latest) {
      throw new SchemaTooNewError(`The data was written by a newer LineFlow (schema ${current}; this one knows ${latest}). Upgrade LineFlow.`);
    }
    for (const migration of migrations.filter((m) => m.version > current)) {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    }
    return current;
  });
  migrate.exclusive();
  return latest;
}
