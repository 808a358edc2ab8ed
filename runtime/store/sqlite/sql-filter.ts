import type { Filter, FindOptions } from '../collection';
import type { TableSpec } from './table-specs';

export class UnsupportedQueryError extends Error {
  override name = 'UnsupportedQueryError';
}

export interface SqlWhere {
  sql: string;
  params: unknown[];
}

/**
 * Turns a MongoDB-style filter into SQL over the table's real columns (and `json_extract` for
 * the rare field without one), with MongoDB's meaning: equality on an array field means
 * "contains", `null` matches a missing field, `$ne`/`$nin` match missing fields too.
 */
export function toSqlWhere(spec: TableSpec, filter: Filter = {}): SqlWhere {
  const clauses: string[] = [];
  const params: unknown[] = [];
  for (const [field, condition] of Object.entries(filter)) {
    const isArray = spec.arrays?.includes(field) ?? false;
    const target = fieldSql(spec, field);
    const conditions = isOperatorObject(condition) ? Object.entries(condition) : [['$eq', condition] as const];
    for (const [operator, operand] of conditions) {
      clauses.push(isArray ? arrayClause(spec, field, operator, operand, params) : scalarClause(target, operator, operand, params));
    }
  }
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

export function toSqlOrder(spec: TableSpec, options: FindOptions = {}): string {
  const parts = Object.entries(options.sort ?? {}).map(([field, order]) => `${fieldSql(spec, field)} ${order === -1 ? 'DESC' : 'ASC'}`);
  let sql = parts.length ? ` ORDER BY ${parts.join(', ')}` : '';
  if (options.limit !== undefined || options.skip !== undefined) sql += ` LIMIT ${Math.max(0, Math.floor(options.limit ?? -1))}`;
  if (options.skip) sql += ` OFFSET ${Math.max(0, Math.floor(options.skip))}`;
  return sql;
}

function fieldSql(spec: TableSpec, field: string): string {
  if (field === 'id') return 'id';
  if (field === 'version' && spec.versioned) return 'version';
  const column = Object.entries(spec.columns).find(([, c]) => c.path === field)?.[0];
  if (column) return column;
  if (!/^[A-Za-z0-9_.]+$/.test(field)) throw new UnsupportedQueryError(`Cannot query the field "${field}"`);
  return `json_extract(doc, '$.${field}')`;
}

function scalarClause(target: string, operator: string, operand: unknown, params: unknown[]): string {
  switch (operator) {
    case '$eq':
      if (operand === null || operand === undefined) return `${target} IS NULL`;
      params.push(sqlValue(operand));
      return `${target} = ?`;
    case '$ne':
      if (operand === null || operand === undefined) return `${target} IS NOT NULL`;
      params.push(sqlValue(operand));
      return `(${target} IS NULL OR ${target} <> ?)`;
    case '$in':
    case '$nin': {
      const values = Array.isArray(operand) ? operand : [];
      const nonNull = values.filter((v) => v !== null && v !== undefined);
      const hasNull = nonNull.length !== values.length;
      params.push(...nonNull.map(sqlValue));
      if (operator === '$nin' && nonNull.length === 0) return hasNull ? `${target} IS NOT NULL` : '1';
      const list = nonNull.length ? `${target} IN (${nonNull.map(() => '?').join(', ')})` : '0';
      if (operator === '$in') return hasNull ? `(${list} OR ${target} IS NULL)` : list;
      const notIn = nonNull.length ? `${target} NOT IN (${nonNull.map(() => '?').join(', ')})` : '1';
      return hasNull ? `(${target} IS NOT NULL AND ${notIn})` : `(${target} IS NULL OR ${notIn})`;
    }
    case '$exists':
      return operand ? `${target} IS NOT NULL` : `${target} IS NULL`;
    case '$lt':
    case '$lte':
    case '$gt':
    case '$gte': {
      params.push(sqlValue(operand));
      const symbol = { $lt: '<', $lte: '<=', $gt: '>', $gte: '>=' }[operator];
      return `${target} ${symbol} ?`;
    }
    default:
      throw new UnsupportedQueryError(`The store does not support the query operator ${operator}`);
  }
}

function arrayClause(spec: TableSpec, field: string, operator: string, operand: unknown, params: unknown[]): string {
  const path = `'$.${field}'`;
  if (operator === '$eq') {
    params.push(sqlValue(operand));
    return `EXISTS (SELECT 1 FROM json_each(doc, ${path}) WHERE value = ?)`;
  }
  if (operator === '$in' && Array.isArray(operand)) {
    params.push(...operand.map(sqlValue));
    return `EXISTS (SELECT 1 FROM json_each(doc, ${path}) WHERE value IN (${operand.map(() => '?').join(', ') || 'NULL'}))`;
  }
  throw new UnsupportedQueryError(`The store does not support ${operator} on the list field ${field} of ${spec.table}`);
}

function isOperatorObject(condition: unknown): condition is Record<string, unknown> {
  return condition !== null && typeof condition === 'object' && !Array.isArray(condition) && Object.keys(condition).some((k) => k.startsWith('$'));
}

/** Booleans as 0/1, as columns store them; the rest as they are. */
export function sqlValue(value: unknown): unknown {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return value;
}
