/** A message object as LINE's Messaging API takes it. */
export type LineMessageJson = Record<string, unknown> & { type: string };

/**
 * Where a part of a message comes from: the part at `pointer`, and what is below it, is the step's
 * option `field`; `deep`: what is below has the same shape in the option (flex contents).
 */
export interface MessageSource {
  pointer: string;
  field: string;
  deep?: boolean;
}

/** A message a step sends, with where each part of it comes from in the step's options, to name the field LINE would refuse. */
export interface BuiltMessage {
  message: LineMessageJson;
  sources: MessageSource[];
}

/**
 * The step option (dotted, as the problems panel shows it) that a part of the message comes from:
 * the longest source whose pointer starts it; a deep source carries the rest of the path over
 * (`/contents/body/contents/2/size` of message 0 → `messages.0.contents.body.contents.2.size`).
 */
export function stepFieldOf(built: BuiltMessage, pointer: string): string {
  let best: MessageSource | undefined;
  for (const source of built.sources) {
    const under = source.pointer === '' || pointer === source.pointer || pointer.startsWith(`${source.pointer}/`);
    if (under && (!best || source.pointer.length > best.pointer.length)) best = source;
  }
  if (!best) return '';
  if (!best.deep || pointer === best.pointer) return best.field;
  const rest = pointer.slice(best.pointer.length).split('/').filter(Boolean).join('.');
  return best.field ? `${best.field}.${rest}` : rest;
}

/** The value of a step option by its dotted field (`messages.0.contents`); undefined when absent. */
export function fieldValue(data: unknown, field: string): unknown {
  let value = data;
  for (const part of field ? field.split('.') : []) {
    value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
  }
  return value;
}

/** True when a message takes a part of it from an option with a `{{placeholder}}`: only its render can be judged. */
export function isTemplated(built: BuiltMessage, data: unknown): boolean {
  return built.sources.some((source) => JSON.stringify(fieldValue(data, source.field) ?? '').includes('{{'));
}
