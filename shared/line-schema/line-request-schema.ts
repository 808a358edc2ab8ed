import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import spec from './messaging-api.json' with { type: 'json' };
import { describeLineErrors } from './describe-line-error';
import { flexSizeProblems } from './flex-size-problems';
import { lineExtraRules } from './line-extra-rules';
import { lineFormats, type LineFormat } from './line-formats';
import type { LineProblem } from './line-problem';
import { openApiDefs, type JsonSchema } from './openapi-to-json-schema';

/** What can be checked, by the name of LINE's schema for it. */
const roots = {
  reply: 'ReplyMessageRequest',
  push: 'PushMessageRequest',
  /** `{ messages }`: the body of LINE's validate endpoints, and what every send has. */
  messages: 'ValidateMessageRequest',
  message: 'Message',
  quickReply: 'QuickReply',
  action: 'Action',
} as const;
export type LineRequestKind = keyof typeof roots;

const schemaId = 'https://lineflow.invalid/line-messaging-api.json';

let compiled: { ajv: Ajv2020; validators: Map<LineRequestKind, ValidateFunction>; formats: Record<string, LineFormat> } | undefined;

/**
 * Everything LINE would refuse in a request body (or a part of one), checked against LINE's own
 * OpenAPI schemas (messaging-api.json, vendored) plus what LINE enforces beyond them
 * (line-extra-rules.ts, flex sizes). Empty when LINE would take it. Runs in the browser too.
 */
export function lineRequestProblems(kind: LineRequestKind, value: unknown): LineProblem[] {
  compiled ??= compile();
  const { ajv, validators } = compiled;
  let validate = validators.get(kind);
  if (!validate) {
    validate = ajv.compile({ $ref: `${schemaId}#/$defs/${roots[kind]}` });
    validators.set(kind, validate);
  }
  const problems = validate(value) ? [] : describeLineErrors(validate.errors ?? [], compiled.formats);
  const known = new Set(problems.map((p) => p.pointer));
  const sizes = sizeProblems(kind, value).filter((p) => !known.has(p.pointer));
  return [...problems, ...sizes];
}

/** Compiles the schemas every send uses, so the first customer is not the one who waits for it (about half a second). */
export function warmLineRequestSchemas(): void {
  for (const kind of ['reply', 'push', 'messages', 'message'] as const) lineRequestProblems(kind, {});
}

function sizeProblems(kind: LineRequestKind, value: unknown): LineProblem[] {
  if (kind === 'message') return flexSizeProblems(value, '');
  if (kind === 'quickReply' || kind === 'action') return [];
  const messages = (value as { messages?: unknown } | null)?.messages;
  return Array.isArray(messages) ? messages.flatMap((message, i) => flexSizeProblems(message, `/messages/${i}`)) : [];
}

function compile(): NonNullable<typeof compiled> {
  const schemas = spec.components.schemas as unknown as Record<string, JsonSchema>;
  const defs = openApiDefs(schemas, { unknownKinds: 'refuse' });
  for (const [name, extra] of Object.entries(lineExtraRules())) {
    if (!defs[name]) throw new Error(`line-extra-rules names ${name}, which LINE's schema does not have`);
    defs[name] = { allOf: [defs[name], extra] };
  }
  const formats = lineFormats(schemas);
  // `unicode: false`: lengths in UTF-16 code units, as LINE counts them (an emoji is 2). ajv calls
  // the option deprecated on its logger; strict mode throws rather than logs, so nothing else is lost.
  const ajv = new Ajv2020({ allErrors: true, verbose: true, unicode: false, strict: true, strictRequired: false, strictTypes: false, logger: false });
  for (const [name, format] of Object.entries(formats)) ajv.addFormat(name, format.test);
  ajv.addSchema({ $id: schemaId, $defs: defs });
  return { ajv, validators: new Map(), formats };
}
