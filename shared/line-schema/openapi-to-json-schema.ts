/** A JSON Schema (or OpenAPI schema) object, as plain data. */
export type JsonSchema = Record<string, unknown>;

interface Discriminator {
  propertyName: string;
  mapping: Record<string, string>;
}

export interface OpenApiDefsOptions {
  /**
   * What a discriminator value missing from the mapping means. `allow`: a kind LINE may add later
   * (webhook events: kept as an ignored event). `refuse`: a typo (what LineFlow sends must be a
   * kind LINE knows, as LINE itself refuses `"type": "bx"`); each subtype then also insists on its
   * own value, so a bubble where a carousel expects bubbles is refused.
   */
  unknownKinds: 'allow' | 'refuse';
}

const openApiRef = '#/components/schemas/';
/** Only what validation needs: the rest is documentation, and `format`s (int64, uri) ajv would need plug-ins for. */
const dropped = new Set(['discriminator', 'externalDocs', 'description', 'example', 'format']);

/**
 * LINE's OpenAPI `components.schemas` as JSON Schema `$defs` (referenced as `#/$defs/Name`).
 *
 * OpenAPI's `discriminator` is not JSON Schema: LINE's file says "an Event whose `type` is
 * `message` is a MessageEvent", and MessageEvent says "allOf: Event, plus a message". Taken
 * literally that loops (Event → MessageEvent → Event). So each schema X with a discriminator
 * becomes two: `X.base`, X's own properties (what the subtypes extend), and X itself, which is
 * X.base plus "if `type` is `message`, then also MessageEvent" for each mapping entry.
 */
export function openApiDefs(schemas: Record<string, JsonSchema>, options: OpenApiDefsOptions): Record<string, JsonSchema> {
  const parentOf = new Map<string, { parent: string; key: string; values: string[] }>();
  for (const [name, schema] of Object.entries(schemas)) {
    const discriminator = schema.discriminator as Discriminator | undefined;
    for (const [value, target] of Object.entries(discriminator?.mapping ?? {})) {
      const child = target.slice(openApiRef.length);
      const known = parentOf.get(child);
      parentOf.set(child, { parent: name, key: discriminator?.propertyName ?? 'type', values: [...(known?.values ?? []), value] });
    }
  }
  const refuse = options.unknownKinds === 'refuse';
  const defs: Record<string, JsonSchema> = {};
  for (const [name, schema] of Object.entries(schemas)) {
    const parent = parentOf.get(name);
    let converted = convert(schema, parent?.parent) as JsonSchema;
    if (refuse && parent) converted = { allOf: [converted, { properties: { [parent.key]: { enum: parent.values } } }] };
    const discriminator = schema.discriminator as Discriminator | undefined;
    if (!discriminator) {
      defs[name] = converted;
      continue;
    }
    defs[`${name}.base`] = converted;
    const key = discriminator.propertyName;
    const kinds = Object.keys(discriminator.mapping);
    defs[name] = {
      allOf: [
        { $ref: `#/$defs/${name}.base` },
        ...(refuse ? [{ required: [key], properties: { [key]: { enum: kinds } } }] : []),
        ...Object.entries(discriminator.mapping).map(([value, target]) => ({
          if: { properties: { [key]: { const: value } }, required: [key] },
          then: { $ref: `#/$defs/${target.slice(openApiRef.length)}` },
        })),
      ],
    };
  }
  return defs;
}

/** One OpenAPI schema object as JSON Schema; a subtype's reference to its parent goes to the parent's base. */
function convert(node: unknown, parent: string | undefined): unknown {
  if (Array.isArray(node)) return node.map((item) => convert(item, parent));
  if (typeof node !== 'object' || node === null) return node;
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(node)) {
    if (dropped.has(key)) continue;
    if (key === '$ref' && typeof value === 'string') {
      const name = value.slice(openApiRef.length);
      out.$ref = `#/$defs/${name === parent ? `${name}.base` : name}`;
    } else if (key === 'properties') {
      out.properties = Object.fromEntries(Object.entries(value as JsonSchema).map(([property, schema]) => [property, convert(schema, undefined)]));
    } else {
      out[key] = convert(value, key === 'allOf' ? parent : undefined);
    }
  }
  return out;
}
