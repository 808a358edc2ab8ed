import type { Declared } from './api-schema-type';

/** A request object: exactly these fields, unknown ones refused (the 400 names them). */
export function closedObject<const P extends Record<string, object>, const R extends readonly (keyof P & string)[] = readonly []>(
  properties: P,
  required?: R,
): { type: 'object'; properties: P; required: R; additionalProperties: false } {
  return { type: 'object', properties, required: (required ?? []) as unknown as R, additionalProperties: false };
}

/** An answer object: these fields at least (answers may grow; clients ignore what they do not know). */
export function openObject<const P extends Record<string, object>, const R extends readonly (keyof P & string)[] = readonly []>(
  properties: P,
  required?: R,
): { type: 'object'; properties: P; required: R } {
  return { type: 'object', properties, required: (required ?? []) as unknown as R };
}

export function listOf<const I extends object>(items: I): { type: 'array'; items: I } {
  return { type: 'array', items };
}

export function nullable<const S extends object>(schema: S): { anyOf: readonly [S, { type: 'null' }] } {
  return { anyOf: [schema, { type: 'null' }] };
}

/** A schema whose type is written beside it instead of derived (the schema alone would say too little). */
export function declared<T>() {
  return <const S extends object>(schema: S): S & Declared<T> => schema as S & Declared<T>;
}

export const text = { type: 'string' } as const;
export const time = { type: 'string', format: 'date-time' } as const;
export const wholeNumber = { type: 'integer' } as const;
export const flag = { type: 'boolean' } as const;
/** Any JSON value (a LINE message, a raw event): passed through as received. */
export const anyJson = { description: 'Any JSON value, as received' } as const;
