import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { describeSchemaError } from '../validation/describe-schema-error';
import type { ApiRoute } from './api-route';

let ajv: Ajv2020 | undefined;
const compiled = new WeakMap<object, ValidateFunction>();

/** Each route's schema compiled once, on its first request. */
function validatorOf(schema: object): ValidateFunction {
  let validate = compiled.get(schema);
  if (!validate) {
    ajv ??= new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true, verbose: true });
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  return validate;
}

export interface RequestProblems {
  /** One sentence each, naming the field: `body.agent is not allowed`, `query.status must be one of: open, closed`. */
  problems: string[];
  /** The fields the object takes, when a field it does not know was sent. */
  knownFields: string[];
}

/**
 * Checks a request's body or query against its route's schema. A missing body counts as `{}`, so
 * a route whose fields are all optional may be called without one.
 */
export function checkRequest(route: ApiRoute, part: 'body' | 'query', value: unknown): RequestProblems {
  const schema = route[part];
  if (!schema) return { problems: [], knownFields: [] };
  const validate = validatorOf(schema);
  if (validate(value ?? {})) return { problems: [], knownFields: [] };
  const knownFields = new Set<string>();
  const problems = (validate.errors ?? []).map((error: ErrorObject) => {
    const described = describeSchemaError(error);
    const field = [part, ...described.pointer.split('/').slice(1)].join('.');
    if (error.keyword !== 'additionalProperties') return `${field} ${described.text}`;
    for (const name of Object.keys((error.parentSchema as { properties?: object }).properties ?? {})) knownFields.add(name);
    return `${field} is not allowed`;
  });
  return { problems: [...new Set(problems)], knownFields: [...knownFields] };
}
