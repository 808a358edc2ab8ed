import { readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';

type Schema = Record<string, unknown>;
interface Discriminator {
  propertyName: string;
  mapping: Record<string, string>;
}

const openApiRef = '#/components/schemas/';
/** Only what validation needs: the rest is documentation, and `format`s (int64, uri) ajv would need plug-ins for. */
const dropped = new Set(['discriminator', 'externalDocs', 'description', 'example', 'format']);

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
 * OpenAPI's `discriminator` is not JSON Schema: LINE's file says "an Event whose `type` is
 * `message` is a MessageEvent", and MessageEvent says "allOf: Event, plus a message". Taken
 * literally that loops (Event → MessageEvent → Event). So each schema X with a discriminator
 * becomes two: `X.base`, X's own properties (what the subtypes extend), and X itself, which is
 * X.base plus "if `type` is `message`, then also MessageEvent" for each mapping entry. A type
 * LINE adds later matches X.base only, and the engine keeps it as an ignored event.
 */
export function compileLineEventSchema(): ValidateFunction {
  const spec = JSON.parse(readFileSync(new URL('./line-webhook-schema/webhook.json', import.meta.url), 'utf8')) as {
    components: { schemas: Record<string, Schema> };
  };
  const schemas = spec.components.schemas;
  const parentOf = new Map<string, string>();
  for (const [name, schema] of Object.entries(schemas)) {
    const discriminator = schema.discriminator as Discriminator | undefined;
    for (const target of Object.values(discriminator?.mapping ?? {})) parentOf.set(target.slice(openApiRef.length), name);
  }
  const defs: Record<string, Schema> = {};
  for (const [name, schema] of Object.entries(schemas)) {
    const converted = convert(schema, parentOf.get(name)) as Schema;
    const discriminator = schema.discriminator as Discriminator | undefined;
    if (!discriminator) {
      defs[name] = converted;
      continue;
    }
    defs[`${name}.base`] = converted;
    const key = discriminator.propertyName;
    defs[name] = {
      allOf: [
        { $ref: `#/$defs/${name}.base` },
        ...Object.entries(discriminator.mapping).map(([value, target]) => ({
          if: { properties: { [key]: { const: value } }, required: [key] },
          then: { $ref: `#/$defs/${target.slice(openApiRef.length)}` },
        })),
      ],
    };
  }
  const ajv = new Ajv2020({ allErrors: false, strict: true, strictRequired: false, strictTypes: false });
  return ajv.compile({ $defs: defs, $ref: '#/$defs/Event' });
}

/** One OpenAPI schema object as JSON Schema; a subtype's reference to its parent goes to the parent's base. */
function convert(node: unknown, parent: string | undefined): unknown {
  if (Array.isArray(node)) return node.map((item) => convert(item, parent));
  if (typeof node !== 'object' || node === null) return node;
  const out: Schema = {};
  for (const [key, value] of Object.entries(node)) {
    if (dropped.has(key)) continue;
    if (key === '$ref' && typeof value === 'string') {
      const name = value.slice(openApiRef.length);
      out.$ref = `#/$defs/${name === parent ? `${name}.base` : name}`;
    } else if (key === 'properties') {
      out.properties = Object.fromEntries(Object.entries(value as Schema).map(([property, schema]) => [property, convert(schema, undefined)]));
    } else {
      out[key] = convert(value, key === 'allOf' ? parent : undefined);
    }
  }
  return out;
}

function describe(errors: ErrorObject[]): string {
  const error = errors[0];
  if (!error) return "does not match LINE's webhook schema";
  const where = error.instancePath === '' ? 'the event' : error.instancePath;
  return `does not match LINE's webhook schema: ${where} ${error.message ?? 'is not valid'}`;
}
