import type { ApiRoute } from '../../shared/api/api-route';

/**
 * Plausible requests for any route of shared/api/routes.ts, built from the route's own path and
 * schemas, so a walk over the table reaches a route added tomorrow without being told about it.
 */
export interface SampleValues {
  /** Path parameters by `segment/:name` (`workflows/:id`), else by `:name`; `x` when neither. */
  params: Record<string, string>;
  /** Body and query fields by name; required fields without one get a value from their schema. */
  fields: Record<string, unknown>;
}

export function samplePath(route: ApiRoute, values: SampleValues): string {
  const parts = route.path.split('/');
  return parts
    .map((part, i) => {
      if (!part.startsWith(':')) return part;
      const value = values.params[`${parts[i - 1]}/${part}`] ?? values.params[part] ?? 'x';
      return encodeURIComponent(value);
    })
    .join('/');
}

export function sampleQuery(route: ApiRoute, values: SampleValues): string {
  if (!route.query) return '';
  const query = sampleObject(route.query, values) as Record<string, unknown>;
  const search = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)])).toString();
  return search ? `?${search}` : '';
}

export function sampleBody(route: ApiRoute, values: SampleValues): unknown {
  return route.body ? sampleObject(route.body, values) : undefined;
}

interface Schema {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: Schema[];
  items?: Schema;
  minItems?: number;
  minLength?: number;
}

/** The fields we have a value for, and every required one. */
function sampleObject(schema: Schema, values: SampleValues): unknown {
  if (!schema.properties) return {};
  const names = Object.keys(schema.properties).filter((name) => name in values.fields || schema.required?.includes(name));
  return Object.fromEntries(names.map((name) => [name, name in values.fields ? values.fields[name] : sampleValue(schema.properties?.[name] ?? {}, values)]));
}

function sampleValue(schema: Schema, values: SampleValues): unknown {
  if ('const' in schema) return schema.const;
  if (schema.enum) return schema.enum[0];
  if (schema.anyOf?.[0]) return sampleValue(schema.anyOf[0], values);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  if (type === 'object') return sampleObject(schema, values);
  if (type === 'array') return schema.minItems ? [sampleValue(schema.items ?? {}, values)] : [];
  if (type === 'integer' || type === 'number') return 1;
  if (type === 'boolean') return false;
  return 'x'.repeat(Math.max(1, schema.minLength ?? 1));
}
