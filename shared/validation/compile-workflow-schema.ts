import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { workflowSchema } from '../document/workflow-schema';
import { businessHoursSchema } from '../steps/schema-parts';
import { schemaFormats } from './schema-formats';

let ajv: Ajv2020 | undefined;
let compiled: ValidateFunction | undefined;
let compiledHours: ValidateFunction | undefined;

function instance(): Ajv2020 {
  if (ajv) return ajv;
  // `unicode: false`: lengths in UTF-16 code units, as LINE counts them (an emoji in a label is 2 of
  // its 20). ajv calls the option deprecated on its logger; strict mode throws rather than logs.
  ajv = new Ajv2020({ allErrors: true, discriminator: true, strict: true, strictRequired: false, verbose: true, unicode: false, logger: false });
  for (const [name, format] of Object.entries(schemaFormats)) ajv.addFormat(name, format.test);
  return ajv;
}

/** The one compiled validator of the workflow schema, built on first use. */
export function workflowSchemaValidator(): ValidateFunction {
  compiled ??= instance().compile(workflowSchema);
  return compiled;
}

/** Business hours on their own (the company-wide setting), with the same formats. */
export function businessHoursValidator(): ValidateFunction {
  compiledHours ??= instance().compile(businessHoursSchema);
  return compiledHours;
}

export type SchemaError = ErrorObject;
