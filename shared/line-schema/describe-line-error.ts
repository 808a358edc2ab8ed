import type { ErrorObject } from 'ajv/dist/2020.js';
import type { LineFormat } from './line-formats';
import type { LineProblem } from './line-problem';

/** The params ajv reports with the keywords described below (its own type says only `any`). */
type Params = { missingProperty?: string; limit?: number; allowedValues?: unknown[]; allowedValue?: unknown; format?: string; type?: string };

/**
 * Keywords that only say "a part of the schema failed": the failing part reports its own error
 * (the `then` of a discriminator, one rule of an `allOf`), so these add nothing a person can act on.
 */
const wrappers = new Set(['if', 'then', 'else', 'allOf', 'anyOf', 'oneOf', 'not']);

/** One problem per value, said in words; ajv's wrapper errors are left out. */
export function describeLineErrors(errors: readonly ErrorObject[], formats: Record<string, LineFormat>): LineProblem[] {
  const problems: LineProblem[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    if (wrappers.has(error.keyword)) continue;
    const problem = describeLineError(error, formats);
    if (seen.has(problem.pointer)) continue;
    seen.add(problem.pointer);
    problems.push(problem);
  }
  return problems;
}

function describeLineError(error: ErrorObject, formats: Record<string, LineFormat>): LineProblem {
  const at = error.instancePath;
  const p = error.params as Params;
  const data: unknown = error.data;
  switch (error.keyword) {
    case 'required':
      return { pointer: `${at}/${p.missingProperty}`, message: 'is required', code: 'line.required' };
    case 'maxLength':
      return {
        pointer: at,
        message: `is ${count(data)} UTF-16 units long; LINE allows at most ${p.limit}`,
        code: 'line.maxLength',
        params: { length: count(data), limit: Number(p.limit) },
      };
    case 'minLength':
      return p.limit === 1
        ? { pointer: at, message: 'must not be empty', code: 'line.notEmpty' }
        : { pointer: at, message: `must be at least ${p.limit} characters`, code: 'line.minLength', params: { limit: Number(p.limit) } };
    case 'maxItems':
      return {
        pointer: at,
        message: `has ${count(data)} items; LINE allows at most ${p.limit}`,
        code: 'line.maxItems',
        params: { items: count(data), limit: Number(p.limit) },
      };
    case 'minItems':
      return {
        pointer: at,
        message: `must have at least ${p.limit} ${p.limit === 1 ? 'item' : 'items'}`,
        code: 'line.minItems',
        params: { count: Number(p.limit) },
      };
    case 'enum': {
      const allowed = (p.allowedValues ?? []).map(String).join(', ');
      const params = { allowed, value: quote(data) };
      if (at.endsWith('/type') || at === '/type') {
        return { pointer: at, message: `is ${quote(data)}, which is not a kind LINE knows here (${allowed})`, code: 'line.unknownKind', params };
      }
      return { pointer: at, message: `must be one of ${allowed} (it is ${quote(data)})`, code: 'line.enum', params };
    }
    case 'const': {
      const expected = JSON.stringify(p.allowedValue);
      return { pointer: at, message: `must be ${expected} (it is ${quote(data)})`, code: 'line.const', params: { expected, value: quote(data) } };
    }
    case 'format': {
      const format = formats[String(p.format)];
      const message = `${format?.message ?? `must be a valid ${p.format}`} (it is ${quote(data)})`;
      if (format) return { pointer: at, message, code: `line.format.${format.code}`, params: { ...format.params, value: quote(data) } };
      return { pointer: at, message, code: 'line.formatOther', params: { format: String(p.format), value: quote(data) } };
    }
    case 'type':
      return { pointer: at, message: `must be ${typeWord(p.type)}`, ...typeCode(p.type) };
    case 'minimum':
      return { pointer: at, message: `must be ≥ ${p.limit}`, code: 'line.minimum', params: { limit: Number(p.limit) } };
    case 'maximum':
      return { pointer: at, message: `must be ≤ ${p.limit}`, code: 'line.maximum', params: { limit: Number(p.limit) } };
    default: {
      const message = error.message ?? 'is not valid';
      return { pointer: at, message, code: 'line.other', params: { text: message } };
    }
  }
}

/** `schema.type.<type>` for the types said in words, else the words as a value (see validation/problem.ts). */
function typeCode(type: string | undefined): { code: string; params?: Record<string, string> } {
  return ['string', 'number', 'integer', 'boolean', 'object', 'array'].includes(type ?? '')
    ? { code: `schema.type.${type}` }
    : { code: 'line.typeOther', params: { type: String(type) } };
}

function count(value: unknown): number {
  return typeof value === 'string' || Array.isArray(value) ? value.length : 0;
}

/** The value as it was, shortened: a 5,000-character text is not repeated in a problem. */
function quote(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function typeWord(type: string | undefined): string {
  const words: Record<string, string> = {
    string: 'text',
    number: 'a number',
    integer: 'a whole number',
    boolean: 'true or false',
    object: 'an object',
    array: 'a list',
  };
  return words[type ?? ''] ?? String(type);
}
