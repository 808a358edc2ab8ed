import type { Filter } from '../collection';

/**
 * Whether a document matches a MongoDB-style filter: equality (also against an array element),
 * $in, $nin, $ne, $lt, $lte, $gt, $gte and $exists, on top-level or dotted fields.
 */
export function matchFilter(doc: Record<string, unknown>, filter: Filter): boolean {
  for (const [field, condition] of Object.entries(filter)) {
    const value = readField(doc, field);
    if (isOperatorObject(condition)) {
      for (const [operator, operand] of Object.entries(condition)) {
        if (!matchOperator(value, operator, operand)) return false;
      }
    } else if (!equals(value, condition)) {
      return false;
    }
  }
  return true;
}

export function readField(doc: Record<string, unknown>, field: string): unknown {
  if (!field.includes('.')) return doc[field];
  let current: unknown = doc;
  for (const key of field.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function isOperatorObject(condition: unknown): condition is Record<string, unknown> {
  return condition !== null && typeof condition === 'object' && !Array.isArray(condition) && Object.keys(condition).some((k) => k.startsWith('$'));
}

function equals(value: unknown, wanted: unknown): boolean {
  if (Array.isArray(value) && !Array.isArray(wanted)) return value.some((item) => equals(item, wanted));
  if (value === wanted) return true;
  if (wanted === null) return value === undefined || value === null;
  if (typeof value === 'object' && typeof wanted === 'object') return JSON.stringify(value) === JSON.stringify(wanted);
  return false;
}

function matchOperator(value: unknown, operator: string, operand: unknown): boolean {
  switch (operator) {
    case '$eq':
      return equals(value, operand);
    case '$ne':
      return !equals(value, operand);
    case '$in':
      return Array.isArray(operand) && operand.some((o) => equals(value, o));
    case '$nin':
      return Array.isArray(operand) && !operand.some((o) => equals(value, o));
    case '$exists':
      return (value !== undefined) === Boolean(operand);
    case '$lt':
      return compare(value, operand) < 0;
    case '$lte':
      return compare(value, operand) <= 0;
    case '$gt':
      return compare(value, operand) > 0;
    case '$gte':
      return compare(value, operand) >= 0;
    default:
      throw new Error(`The embedded store does not support the query operator ${operator}`);
  }
}

/** Orders like MongoDB for the types LineFlow stores: numbers, strings (ISO dates), booleans; missing first. */
export function compare(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === undefined || a === null) return -1;
  if (b === undefined || b === null) return 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const x = String(a);
  const y = String(b);
  return x < y ? -1 : x > y ? 1 : 0;
}
