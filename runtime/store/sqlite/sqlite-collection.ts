import type { Database, Statement } from 'better-sqlite3';
import type { Collection, Expected, FindOptions, Filter } from '../collection';
import { readField } from '../read-field';
import { withBusyRetry } from './busy-retry';
import { sqlValue, toSqlOrder, toSqlWhere } from './sql-filter';
import type { TableSpec } from './table-specs';

type Row = { doc: string; version?: number };

/**
 * A collection as a SQLite table: the record as JSON in `doc`, the queried fields as real indexed
 * columns written beside it. Every call is one statement or one transaction, so several processes
 * can share the database file (WAL) without losing a write.
 */
export class SqliteCollection<T extends { id: string }> implements Collection<T> {
  private readonly columnNames: string[];
  private readonly getStatement: Statement;
  private readonly upsertStatement: Statement;
  private readonly insertStatement: Statement;
  private readonly removeStatement: Statement;
  private readonly statements = new Map<string, Statement>();
  readonly patchSync: (id: string, fields: Partial<T>) => T | null;
  private readonly patchIfSync: (id: string, expected: Expected, fields: Partial<T>) => T | null;

  constructor(
    private readonly db: Database,
    readonly spec: TableSpec,
  ) {
    this.columnNames = Object.keys(spec.columns);
    const columns = ['id', 'doc', ...this.columnNames];
    const placeholders = columns.map((c) => `@${c}`).join(', ');
    const updates = columns
      .filter((c) => c !== 'id')
      .map((c) => `${c} = excluded.${c}`)
      .concat(spec.versioned ? ['version = version + 1'] : [])
      .join(', ');
    const selected = spec.versioned ? 'doc, version' : 'doc';
    this.getStatement = db.prepare(`SELECT ${selected} FROM ${spec.table} WHERE id = ?`);
    this.upsertStatement = db.prepare(`INSERT INTO ${spec.table} (${columns.join(', ')}) VALUES (${placeholders}) ON CONFLICT (id) DO UPDATE SET ${updates}`);
    this.insertStatement = db.prepare(`INSERT OR IGNORE INTO ${spec.table} (${columns.join(', ')}) VALUES (${placeholders})`);
    this.removeStatement = db.prepare(`DELETE FROM ${spec.table} WHERE id = ?`);
    const patch = db.transaction((id: string, fields: Partial<T>) => {
      const current = this.getSync(id);
      if (!current) return null;
      const { version: _version, ...rest } = { ...current, ...fields, id } as T & { version?: number };
      this.putSync(rest as unknown as T);
      return this.getSync(id);
    });
    // IMMEDIATE: the write lock is taken before the read, so another process cannot write between them.
    this.patchSync = (id, fields) => withBusyRetry(() => patch.immediate(id, fields));
    const patchIf = db.transaction((id: string, expected: Expected, fields: Partial<T>) => {
      const current = this.getSync(id);
      if (!current || !holds(current, expected)) return null;
      return patch(id, fields);
    });
    this.patchIfSync = (id, expected, fields) => withBusyRetry(() => patchIf.immediate(id, expected, fields));
  }

  getSync(id: string): T | null {
    return this.fromRow(this.getStatement.get(id) as Row | undefined);
  }

  /** Inserts or replaces; for use inside a caller's transaction too. */
  putSync(doc: T): void {
    this.upsertStatement.run(this.toRow(doc));
  }

  async get(id: string): Promise<T | null> {
    return this.getSync(id);
  }

  async put(doc: T): Promise<void> {
    withBusyRetry(() => this.putSync(doc));
  }

  async insert(doc: T): Promise<boolean> {
    try {
      return withBusyRetry(() => this.insertStatement.run(this.toRow(doc))).changes > 0;
    } catch (error) {
      // A unique index other than the id (a user's email) refuses the document: not inserted.
      if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') return false;
      throw error;
    }
  }

  async patch(id: string, fields: Partial<T>): Promise<T | null> {
    return this.patchSync(id, fields);
  }

  async patchIf(id: string, expected: Expected, fields: Partial<T>): Promise<T | null> {
    return this.patchIfSync(id, expected, fields);
  }

  async find(filter: Filter = {}, options: FindOptions = {}): Promise<T[]> {
    const where = toSqlWhere(this.spec, filter);
    const selected = this.spec.versioned ? 'doc, version' : 'doc';
    const sql = `SELECT ${selected} FROM ${this.spec.table} ${where.sql}${toSqlOrder(this.spec, options)}`;
    return (this.statement(sql).all(...where.params) as Row[]).map((row) => this.fromRow(row) as T);
  }

  async count(filter: Filter = {}): Promise<number> {
    const where = toSqlWhere(this.spec, filter);
    return (this.statement(`SELECT count(*) AS n FROM ${this.spec.table} ${where.sql}`).get(...where.params) as { n: number }).n;
  }

  async remove(id: string): Promise<boolean> {
    return withBusyRetry(() => this.removeStatement.run(id)).changes > 0;
  }

  async removeMany(filter: Filter): Promise<number> {
    const where = toSqlWhere(this.spec, filter);
    return this.statement(`DELETE FROM ${this.spec.table} ${where.sql}`).run(...where.params).changes;
  }

  async increment(id: string, field: string, by: number): Promise<number> {
    return withBusyRetry(() => this.incrementSync(id, field, by));
  }

  incrementSync(id: string, field: string, by: number): number {
    if (!/^[A-Za-z0-9_]+$/.test(field)) throw new Error(`Cannot increment the field "${field}"`);
    const column = Object.entries(this.spec.columns).find(([, c]) => c.path === field)?.[0];
    const path = `'$.${field}'`;
    const start = JSON.stringify({ id, [field]: by });
    const setColumn = column ? `, ${column} = json_extract(json_set(doc, ${path}, coalesce(json_extract(doc, ${path}), 0) + @by), ${path})` : '';
    const insertColumns = column ? `, ${column}` : '';
    const insertValues = column ? ', @by' : '';
    const sql =
      `INSERT INTO ${this.spec.table} (id, doc${insertColumns}) VALUES (@id, @start${insertValues}) ` +
      `ON CONFLICT (id) DO UPDATE SET doc = json_set(doc, ${path}, coalesce(json_extract(doc, ${path}), 0) + @by)${setColumn} ` +
      `RETURNING json_extract(doc, ${path}) AS value`;
    return Number((this.statement(sql).get({ id, start, by }) as { value: number }).value);
  }

  /** A row's column values, read from the document. */
  private toRow(doc: T): Record<string, unknown> {
    const record = doc as unknown as Record<string, unknown>;
    const row: Record<string, unknown> = { id: doc.id, doc: JSON.stringify(withoutVersion(record, this.spec.versioned)) };
    for (const [name, column] of Object.entries(this.spec.columns)) {
      const value = readField(record, column.path);
      row[name] = value === undefined || value === null ? (column.fallback ?? null) : sqlValue(value);
    }
    return row;
  }

  private fromRow(row: Row | undefined): T | null {
    if (!row) return null;
    const doc = JSON.parse(row.doc) as T;
    if (this.spec.versioned) (doc as unknown as { version: number }).version = row.version as number;
    return doc;
  }

  private statement(sql: string): Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      // Filters come from a few call sites, so the cache stays small; bound it all the same.
      if (this.statements.size > 200) this.statements.clear();
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }
}

/** Whether each expected field holds its value; `null` also matches an absent field, as in MongoDB. */
function holds(doc: object, expected: Expected): boolean {
  const fields = doc as Record<string, unknown>;
  return Object.entries(expected).every(([field, value]) => (readField(fields, field) ?? null) === value);
}

/** The version lives in its column only: the store, not the caller, decides it. */
function withoutVersion(doc: Record<string, unknown>, versioned: boolean | undefined): Record<string, unknown> {
  if (!versioned || !('version' in doc)) return doc;
  const { version: _version, ...rest } = doc;
  return rest;
}
