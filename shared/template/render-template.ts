import { findTemplateReferences } from './find-template-references';
import { valueAsText } from './value-as-text';

/** The values a template can see. Each root is a plain object. */
export interface TemplateScope {
  contact?: Record<string, unknown>;
  vars?: Record<string, unknown>;
  conversation?: Record<string, unknown>;
  workflow?: Record<string, unknown>;
}

export interface RenderedTemplate {
  text: string;
  /** Placeholders that had no value and rendered empty, like `vars.orderId`. */
  missing: string[];
}

export interface RenderOptions {
  /** Applied to every substituted value, e.g. to keep a JSON string valid. */
  escape?: (value: string) => string;
}

/** Replaces each `{{root.path}}` with its value; a missing value renders as empty text. */
export function renderTemplate(text: string, scope: TemplateScope, options: RenderOptions = {}): RenderedTemplate {
  if (!text.includes('{{')) return { text, missing: [] };
  const { references } = findTemplateReferences(text);
  const missing: string[] = [];
  let out = '';
  let cursor = 0;
  for (const ref of references) {
    out += text.slice(cursor, ref.start);
    const value = lookup(scope, ref.root, ref.path);
    if (value === undefined || value === null) missing.push(ref.expression);
    const asText = valueAsText(value);
    out += options.escape ? options.escape(asText) : asText;
    cursor = ref.end;
  }
  out += text.slice(cursor);
  return { text: out, missing };
}

/** Escapes a value for use inside a JSON string literal. */
export function escapeJsonString(value: string): string {
  return JSON.stringify(value).slice(1, -1);
}

function lookup(scope: TemplateScope, root: string, path: string[]): unknown {
  let current: unknown = scope[root as keyof TemplateScope];
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}
