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
}

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
      return { where: id ? `edge ${id}` : `edge #${index + 1}`, field: rest.join('.'), edgeId: id };
    }
    return locateInNode(item, id, index, rest);
  }
  return { where: '', field: pointerToField(pointer) };
}

export function describeNode(node: { id?: unknown; type?: unknown; name?: unknown } | undefined, index?: number): string {
  const id = typeof node?.id === 'string' && node.id !== '' ? node.id : `#${(index ?? 0) + 1}`;
  // A named step is found by its name: "node n3 “Order number” (Ask a question)".
  const named = typeof node?.name === 'string' && node.name !== '' ? `${id} “${node.name}”` : id;
  const definition = typeof node?.type === 'string' ? getStepDefinition(node.type) : undefined;
  return definition ? `node ${named} (${definition.label})` : `node ${named}`;
}

function locateInNode(node: Record<string, unknown> | undefined, id: string | undefined, index: number, rest: string[]): Location {
  const where = describeNode(node, index);
  if (rest[0] === 'data') {
    const dataField = rest.slice(1).join('.');
    return { where, field: optionsField(dataField), nodeId: id, dataField };
  }
  return { where, field: rest.join('.'), nodeId: id };
}

/** `where: field text`, leaving out what is empty. */
export function formatLocated(location: Location, text: string): string {
  const subject = location.field ? `${location.field} ${text}` : text;
  return location.where ? `${location.where}: ${subject}` : subject;
}
