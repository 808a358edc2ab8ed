import { stepTypes } from '../steps';
import type { SchemaError } from './compile-workflow-schema';
import { schemaFormats } from './schema-formats';

export interface DescribedError {
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
      return { pointer: `${at}/${p.missingProperty}`, text: 'is required' };
    case 'additionalProperties': {
      const allowed = Object.keys((error.parentSchema as { properties?: object })?.properties ?? {});
      const hint = allowed.length ? ` (known fields: ${allowed.join(', ')})` : '';
      return { pointer: `${at}/${p.additionalProperty}`, text: `is not a known field${hint}` };
    }
    case 'type':
      return { pointer: at, text: `must be ${typeWords(p.type)}` };
    case 'minimum':
      return { pointer: at, text: `must be ≥ ${p.limit}` };
    case 'maximum':
      return { pointer: at, text: `must be ≤ ${p.limit}` };
    case 'exclusiveMinimum':
      return { pointer: at, text: `must be > ${p.limit}` };
    case 'exclusiveMaximum':
      return { pointer: at, text: `must be < ${p.limit}` };
    case 'minLength':
      return { pointer: at, text: p.limit === 1 ? 'must not be empty' : `must be at least ${p.limit} characters` };
    case 'maxLength':
      return { pointer: at, text: `must be at most ${p.limit} characters (it has ${lengthOf(error.data)})` };
    case 'minItems':
      return { pointer: at, text: `must have at least ${p.limit} ${plural(Number(p.limit), 'item')}` };
    case 'maxItems':
      return { pointer: at, text: `must have at most ${p.limit} items (it has ${countOf(error.data)})` };
    case 'uniqueItems':
      return { pointer: at, text: `has the same value twice (items ${Number(p.j) + 1} and ${Number(p.i) + 1})` };
    case 'enum':
      return { pointer: at, text: `must be one of: ${(p.allowedValues ?? []).map(String).join(', ')}` };
    case 'const':
      return { pointer: at, text: `must be ${JSON.stringify(p.allowedValue)}` };
    case 'format': {
      const format = schemaFormats[String(p.format)];
      return { pointer: at, text: format ? format.message : `must be a valid ${p.format}` };
    }
    case 'discriminator':
      return describeDiscriminator(at, p);
    case 'anyOf':
    case 'oneOf':
      return { pointer: at, text: 'does not match any of the allowed forms' };
    default:
      return { pointer: at, text: error.message ?? 'is not valid' };
  }
}

function describeDiscriminator(at: string, p: AjvParams): DescribedError {
  const tag = p.tag ?? '';
  const pointer = `${at}/${tag}`;
  if (p.error === 'tag') return { pointer, text: 'is required and must be text' };
  const value = JSON.stringify(p.tagValue);
  if (tag === 'type' && /^\/nodes\/\d+$/.test(at)) {
    return { pointer, text: `${value} is not a step type (known types: ${stepTypes.join(', ')})` };
  }
  return { pointer, text: `${value} is not one of the allowed kinds` };
}

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
