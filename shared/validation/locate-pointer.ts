import { getStepDefinition } from '../steps';
import { optionsField, pointerToField } from './problem';

export interface Location {
  /** `node n3 (Ask a question)`, `edge e2`, or empty for the document itself. */
  where: string;
  /** The field as shown to people: `options.timeoutMinutes`, `settings.timezone`, `name`. */
  field: string;
  nodeId?: string;
  edgeId?: string;
  /** The field inside the node's `data`, dotted, when the pointer is inside it. */
  dataField?: string;
  /** The parts of `where`, for the editor to say them in the person's language. */
  place?: Place;
}

/** `node n3 “Order number” (Ask a question)` or `edge e2`, in parts: `ref` is the id or `#3`. */
export type Place = { kind: 'node'; ref: string; name?: string; stepType?: string; stepLabel?: string } | { kind: 'edge'; ref: string };

/** Names the node or edge a JSON Pointer falls in, and the field inside it, in people's words. */
export function locatePointer(document: unknown, pointer: string): Location {
  const parts = pointer.split('/').slice(1);
  const [collection, indexText, ...rest] = parts;
  const index = Number(indexText);
  if ((collection === 'nodes' || collection === 'edges') && Number.isInteger(index)) {
    const list = (document as Record<string, unknown> | null)?.[collection];
    const item = Array.isArray(list) ? (list[index] as Record<string, unknown> | undefined) : undefined;
    const id = typeof item?.id === 'string' && item.id !== '' ? item.id : undefined;
    if (collection === 'edges') {
      const ref = id ?? `#${index + 1}`;
      return { where: `edge ${ref}`, field: rest.join('.'), edgeId: id, place: { kind: 'edge', ref } };
    }
    return locateInNode(item, id, index, rest);
  }
  return { where: '', field: pointerToField(pointer) };
}

export function describeNode(node: { id?: unknown; type?: unknown; name?: unknown } | undefined, index?: number): string {
  const place = nodePlace(node, index);
  // A named step is found by its name: "node n3 “Order number” (Ask a question)".
  const named = place.name !== undefined ? `${place.ref} “${place.name}”` : place.ref;
  return place.stepLabel !== undefined ? `node ${named} (${place.stepLabel})` : `node ${named}`;
}

function nodePlace(node: { id?: unknown; type?: unknown; name?: unknown } | undefined, index?: number): Extract<Place, { kind: 'node' }> {
  const ref = typeof node?.id === 'string' && node.id !== '' ? node.id : `#${(index ?? 0) + 1}`;
  const place: Extract<Place, { kind: 'node' }> = { kind: 'node', ref };
  if (typeof node?.name === 'string' && node.name !== '') place.name = node.name;
  const definition = typeof node?.type === 'string' ? getStepDefinition(node.type) : undefined;
  if (definition) {
    place.stepType = definition.type;
    place.stepLabel = definition.label;
  }
  return place;
}

function locateInNode(node: Record<string, unknown> | undefined, id: string | undefined, index: number, rest: string[]): Location {
  const where = describeNode(node, index);
  const place = nodePlace(node, index);
  if (rest[0] === 'data') {
    const dataField = rest.slice(1).join('.');
    return { where, field: optionsField(dataField), nodeId: id, dataField, place };
  }
  return { where, field: rest.join('.'), nodeId: id, place };
}

/** `where: field text`, leaving out what is empty. */
export function formatLocated(location: Location, text: string): string {
  const subject = location.field ? `${location.field} ${text}` : text;
  return location.where ? `${location.where}: ${subject}` : subject;
}
