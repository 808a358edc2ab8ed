// Walks any step's JSON Schema (oneOf, discriminator, items, properties); a JSON Schema type would be wider than this file.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
type Schema = any;

/** A starting value for a schema: required fields filled, so a new list item is valid or nearly. */
export function defaultFor(schema: Schema, siblings: unknown[] = []): unknown {
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return schema.enum[0];
  if (schema.oneOf) return defaultFor(schema.oneOf[0], siblings);
  if (schema.anyOf) return '';
  switch (schema.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const key of schema.required ?? []) {
        const prop = schema.properties?.[key];
        if (!prop) continue;
        out[key] = key === 'id' ? freshId(siblings) : defaultFor(prop);
      }
      return out;
    }
    case 'array':
      return schema.minItems ? Array.from({ length: schema.minItems }, () => defaultFor(schema.items)) : [];
    case 'integer':
    case 'number':
      return schema.minimum ?? 0;
    case 'boolean':
      return false;
    default:
      return '';
  }
}

function freshId(siblings: unknown[]): string {
  const taken = new Set(siblings.map((s) => (s as { id?: string })?.id));
  for (let i = siblings.length + 1; ; i++) if (!taken.has(`o${i}`)) return `o${i}`;
}

/** `timeoutMinutes` → `Timeout minutes`. */
export function humanize(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_]/g, ' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
