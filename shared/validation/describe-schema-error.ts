import { stepTypes } from '../steps';
import type { SchemaError } from './compile-workflow-schema';
import type { ProblemCode } from './problem';
import { schemaFormats } from './schema-formats';

export interface DescribedError extends ProblemCode {
  pointer: string;
  /** Completes "<field> ...": `must be ≥ 1`. */
  text: string;
}

/** The params ajv reports with the keywords described below (its own type says only `any`). */
type AjvParams = {
  missingProperty?: string;
  additionalProperty?: string;
  type?: string | string[];
  limit?: number;
  i?: number;
  j?: number;
  allowedValues?: unknown[];
  allowedValue?: unknown;
  format?: string;
  tag?: string;
  error?: string;
  tagValue?: unknown;
};

/** Says what one ajv error means in a sentence a person can act on. */
export function describeSchemaError(error: SchemaError): DescribedError {
  const at = error.instancePath;
  const p = error.params as AjvParams;
  switch (error.keyword) {
    case 'required':
      return { pointer: `${at}/${p.missingProperty}`, text: 'is required', code: 'schema.required' };
    case 'additionalProperties': {
      const allowed = Object.keys((error.parentSchema as { properties?: object })?.properties ?? {});
      const pointer = `${at}/${p.additionalProperty}`;
      if (!allowed.length) return { pointer, text: 'is not a known field', code: 'schema.unknownField' };
      const fields = allowed.join(', ');
      return { pointer, text: `is not a known field (known fields: ${fields})`, code: 'schema.unknownFieldOf', params: { fields } };
    }
    case 'type':
      return { pointer: at, text: `must be ${typeWords(p.type)}`, ...typeCode(p.type) };
    case 'minimum':
      return { pointer: at, text: `must be ≥ ${p.limit}`, code: 'schema.minimum', params: { limit: Number(p.limit) } };
    case 'maximum':
      return { pointer: at, text: `must be ≤ ${p.limit}`, code: 'schema.maximum', params: { limit: Number(p.limit) } };
    case 'exclusiveMinimum':
      return { pointer: at, text: `must be > ${p.limit}`, code: 'schema.exclusiveMinimum', params: { limit: Number(p.limit) } };
    case 'exclusiveMaximum':
      return { pointer: at, text: `must be < ${p.limit}`, code: 'schema.exclusiveMaximum', params: { limit: Number(p.limit) } };
    case 'minLength':
      return p.limit === 1
        ? { pointer: at, text: 'must not be empty', code: 'schema.notEmpty' }
        : { pointer: at, text: `must be at least ${p.limit} characters`, code: 'schema.minLength', params: { limit: Number(p.limit) } };
    case 'maxLength':
      return {
        pointer: at,
        text: `must be at most ${p.limit} characters (it has ${lengthOf(error.data)})`,
        code: 'schema.maxLength',
        params: { limit: Number(p.limit), length: lengthOf(error.data) },
      };
    case 'minItems':
      return {
        pointer: at,
        text: `must have at least ${p.limit} ${plural(Number(p.limit), 'item')}`,
        code: 'schema.minItems',
        params: { count: Number(p.limit) },
      };
    case 'maxItems':
      return {
        pointer: at,
        text: `must have at most ${p.limit} items (it has ${countOf(error.data)})`,
        code: 'schema.maxItems',
        params: { limit: Number(p.limit), items: countOf(error.data) },
      };
    case 'uniqueItems':
      return {
        pointer: at,
        text: `has the same value twice (items ${Number(p.j) + 1} and ${Number(p.i) + 1})`,
        code: 'schema.uniqueItems',
        params: { first: Number(p.j) + 1, second: Number(p.i) + 1 },
      };
    case 'enum': {
      const values = (p.allowedValues ?? []).map(String).join(', ');
      return { pointer: at, text: `must be one of: ${values}`, code: 'schema.enum', params: { values } };
    }
    case 'const': {
      const value = JSON.stringify(p.allowedValue);
      return { pointer: at, text: `must be ${value}`, code: 'schema.const', params: { value } };
    }
    case 'format': {
      const format = schemaFormats[String(p.format)];
      if (format) return { pointer: at, text: format.message, code: `schema.format.${String(p.format)}`, params: format.params };
      return { pointer: at, text: `must be a valid ${p.format}`, code: 'schema.formatOther', params: { format: String(p.format) } };
    }
    case 'discriminator':
      return describeDiscriminator(at, p);
    case 'anyOf':
    case 'oneOf':
      return { pointer: at, text: 'does not match any of the allowed forms', code: 'schema.noForm' };
    default: {
      const text = error.message ?? 'is not valid';
      return { pointer: at, text, code: 'schema.other', params: { text } };
    }
  }
}

function describeDiscriminator(at: string, p: AjvParams): DescribedError {
  const tag = p.tag ?? '';
  const pointer = `${at}/${tag}`;
  if (p.error === 'tag') return { pointer, text: 'is required and must be text', code: 'schema.tagRequired' };
  const value = JSON.stringify(p.tagValue);
  if (tag === 'type' && /^\/nodes\/\d+$/.test(at)) {
    const types = stepTypes.join(', ');
    return { pointer, text: `${value} is not a step type (known types: ${types})`, code: 'schema.unknownStepType', params: { value, types } };
  }
  return { pointer, text: `${value} is not one of the allowed kinds`, code: 'schema.unknownKind', params: { value } };
}

/** One type: `schema.type.integer`; several: their English words as a value. */
function typeCode(type: unknown): ProblemCode {
  const types = Array.isArray(type) ? type : String(type).split(',');
  if (types.length === 1 && knownTypes.includes(String(types[0]))) return { code: `schema.type.${String(types[0])}` };
  return { code: 'schema.typeOther', params: { types: typeWords(type) } };
}

const knownTypes = ['string', 'number', 'integer', 'boolean', 'object', 'array', 'null'];

function typeWords(type: unknown): string {
  const words: Record<string, string> = {
    string: 'text',
    number: 'a number',
    integer: 'a whole number',
    boolean: 'true or false',
    object: 'an object',
    array: 'a list',
    null: 'null',
  };
  const types = Array.isArray(type) ? type : String(type).split(',');
  return types.map((t) => words[t] ?? t).join(' or ');
}

function lengthOf(value: unknown): number {
  return typeof value === 'string' ? value.length : 0;
}

function countOf(value: unknown): number {
  return Array.isArray(value) ? value.length : 0;
}

function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}
