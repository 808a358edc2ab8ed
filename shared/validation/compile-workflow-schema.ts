import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { workflowSchema } from '../document/workflow-schema';
import { schemaFormats } from './schema-formats';

let compiled: ValidateFunction | undefined;

/** The one compiled validator of the workflow schema, built on first use. */
export function workflowSchemaValidator(): ValidateFunction {
  if (compiled) return compiled;
  const ajv = new Ajv2020({ allErrors: true, discriminator: true, strict: true, strictRequired: false, verbose: true });
  for (const [name, format] of Object.entries(schemaFormats)) ajv.addFormat(name, format.test);
  compiled = ajv.compile(workflowSchema);
  return compiled;
}

export type SchemaError = ErrorObject;
