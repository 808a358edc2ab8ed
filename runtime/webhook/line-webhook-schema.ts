import { readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { openApiDefs, type JsonSchema } from '../../shared/line-schema/openapi-to-json-schema';

let validator: ValidateFunction | undefined;

/**
 * Why a webhook event does not match LINE's own schema (runtime/webhook/line-webhook-schema/,
 * LINE's OpenAPI description of webhook events), or null when it does. The event is not changed.
 */
export function lineEventSchemaProblem(event: unknown): string | null {
  validator ??= compileLineEventSchema();
  if (validator(event)) return null;
  return describe(validator.errors ?? []);
}

/**
 * LINE's event schemas with OpenAPI's `discriminator` turned into JSON Schema (how: in
 * shared/line-schema/openapi-to-json-schema.ts). A type LINE adds later matches the common part
 * only, and the engine keeps it as an ignored event.
 */
export function compileLineEventSchema(): ValidateFunction {
  const spec = JSON.parse(readFileSync(new URL('./line-webhook-schema/webhook.json', import.meta.url), 'utf8')) as {
    components: { schemas: Record<string, JsonSchema> };
  };
  const defs = openApiDefs(spec.components.schemas, { unknownKinds: 'allow' });
  const ajv = new Ajv2020({ allErrors: false, strict: true, strictRequired: false, strictTypes: false });
  return ajv.compile({ $defs: defs, $ref: '#/$defs/Event' });
}

function describe(errors: ErrorObject[]): string {
  const error = errors[0];
  if (!error) return "does not match LINE's webhook schema";
  const where = error.instancePath === '' ? 'the event' : error.instancePath;
  return `does not match LINE's webhook schema: ${where} ${error.message ?? 'is not valid'}`;
}
