import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';

/**
 * One-off: turns LINE's messaging-api.yml (the copy in shared/line-schema/, or the path given) into
 * shared/line-schema/messaging-api.json, keeping only the schemas of what LineFlow sends: the reply,
 * push and validate request bodies, everything they reference, LINE's error answer, and the flex
 * keyword lists (FlexMargin, FlexTextFontSize…) that LINE's file defines but references nowhere.
 * Run `npx tsx scripts/vendor-line-schema.ts`, then `npx prettier --write shared/line-schema/messaging-api.json`.
 */
const roots = ['ReplyMessageRequest', 'PushMessageRequest', 'ValidateMessageRequest', 'ErrorResponse', 'TemplateImageAspectRatio', 'TemplateImageSize'];
const refPrefix = '#/components/schemas/';

const source = process.argv[2] ?? new URL('../shared/line-schema/messaging-api.yml', import.meta.url);
const spec = parse(readFileSync(source, 'utf8')) as { openapi: string; info: Record<string, unknown>; components: { schemas: Record<string, unknown> } };
const all = spec.components.schemas;

const kept = new Set<string>();
const queue = [...roots, ...Object.keys(all).filter((name) => name.startsWith('Flex'))];
while (queue.length > 0) {
  const name = queue.shift() as string;
  if (kept.has(name)) continue;
  if (!(name in all)) throw new Error(`LINE's file references ${name}, which it does not define`);
  kept.add(name);
  queue.push(...referencedNames(all[name]));
}

// The file's own order, so that a refresh diffs cleanly.
const schemas = Object.fromEntries(Object.entries(all).filter(([name]) => kept.has(name)));
const out = { openapi: spec.openapi, info: spec.info, components: { schemas } };
writeFileSync(new URL('../shared/line-schema/messaging-api.json', import.meta.url), `${JSON.stringify(out, null, 2)}\n`);
console.log(`kept ${kept.size} of ${Object.keys(all).length} schemas`);

/** `$ref`s and discriminator mappings both name schemas as `#/components/schemas/X`. */
function referencedNames(node: unknown): string[] {
  if (typeof node === 'string') return node.startsWith(refPrefix) ? [node.slice(refPrefix.length)] : [];
  if (Array.isArray(node)) return node.flatMap(referencedNames);
  if (node && typeof node === 'object') return Object.values(node).flatMap(referencedNames);
  return [];
}
