import { getStepDefinition } from '../steps';
import type { WorkflowDocument, WorkflowEdge, WorkflowNode } from './workflow-document';

/** One difference between two workflow documents, field by field. */
export interface DocumentChange {
  kind: 'step-added' | 'step-removed' | 'step-changed' | 'step-moved' | 'connection-added' | 'connection-removed' | 'workflow-changed';
  /** The step concerned (a connection's source step). */
  stepId?: string;
  /** The changed field, dotted (`question`, `choices[1].label`, `settings.timezone`). */
  field?: string;
  before?: unknown;
  after?: unknown;
  /** What a person reads: `~ step ask-topic (Multiple choice): question "Hi" → "Hello"`. */
  text: string;
}

/**
 * What changed from `before` to `after`: steps added, removed, changed (each field that differs)
 * or moved on the canvas, connections added or removed, and the workflow's own fields. The one
 * comparison of the app: the editor's header (draft vs live), the versions dialog (any two
 * versions), the conflict dialog (theirs vs mine) and publishing (an empty list: nothing to
 * publish). Key order never matters; edge ids do not either (a connection is its ports).
 */
export function diffDocuments(before: WorkflowDocument, after: WorkflowDocument): DocumentChange[] {
  const changes: DocumentChange[] = [];
  const { nodes: _n1, edges: _e1, ...beforeMeta } = before;
  const { nodes: _n2, edges: _e2, ...afterMeta } = after;
  for (const leaf of leafChanges('', beforeMeta, afterMeta)) {
    changes.push({ kind: 'workflow-changed', ...leaf, text: `~ workflow ${leaf.field}: ${shown(leaf.before)} → ${shown(leaf.after)}` });
  }

  const oldNodes = new Map(before.nodes.map((n) => [n.id, n]));
  const newNodes = new Map(after.nodes.map((n) => [n.id, n]));
  for (const node of after.nodes) {
    const old = oldNodes.get(node.id);
    if (!old) {
      changes.push({ kind: 'step-added', stepId: node.id, text: `+ step ${stepName(node)} added` });
      continue;
    }
    const { position: oldPosition, id: _id1, ...oldRest } = old;
    const { position: newPosition, id: _id2, ...newRest } = node;
    for (const leaf of leafChanges('', oldRest, newRest)) {
      const field = leaf.field.replace(/^data\./, '');
      changes.push({
        kind: 'step-changed',
        stepId: node.id,
        ...leaf,
        field,
        text: `~ step ${stepName(node)}: ${field} ${shown(leaf.before)} → ${shown(leaf.after)}`,
      });
    }
    if (oldPosition.x !== newPosition.x || oldPosition.y !== newPosition.y) {
      changes.push({ kind: 'step-moved', stepId: node.id, before: oldPosition, after: newPosition, text: `↔ step ${stepName(node)} moved` });
    }
  }
  for (const node of before.nodes) {
    if (!newNodes.has(node.id)) changes.push({ kind: 'step-removed', stepId: node.id, text: `− step ${stepName(node)} removed` });
  }

  const oldEdges = new Set(before.edges.map(edgeKey));
  const newEdges = new Set(after.edges.map(edgeKey));
  for (const edge of after.edges) {
    if (!oldEdges.has(edgeKey(edge))) changes.push({ kind: 'connection-added', stepId: edge.source, text: `+ connection ${edgeText(edge)}` });
  }
  for (const edge of before.edges) {
    if (!newEdges.has(edgeKey(edge))) changes.push({ kind: 'connection-removed', stepId: edge.source, text: `− connection ${edgeText(edge)}` });
  }
  return changes;
}

const nouns: Record<DocumentChange['kind'], [string, string, string]> = {
  'step-added': ['step', 'steps', 'added'],
  'step-removed': ['step', 'steps', 'removed'],
  'step-changed': ['step', 'steps', 'changed'],
  'step-moved': ['step', 'steps', 'moved'],
  'connection-added': ['connection', 'connections', 'added'],
  'connection-removed': ['connection', 'connections', 'removed'],
  'workflow-changed': ['workflow setting', 'workflow settings', 'changed'],
};

/** A few words for a list of changes: "1 step added, 2 steps changed" (a step changed in 3 fields counts once). */
export function summarizeChanges(changes: readonly DocumentChange[]): string {
  const counted = new Map<DocumentChange['kind'], Set<string>>();
  for (const change of changes) {
    const seen = counted.get(change.kind) ?? new Set<string>();
    seen.add(change.kind === 'step-changed' ? (change.stepId ?? '') : change.text);
    counted.set(change.kind, seen);
  }
  return [...counted]
    .map(([kind, seen]) => {
      const [one, many, verb] = nouns[kind];
      return `${seen.size} ${seen.size === 1 ? one : many} ${verb}`;
    })
    .join(', ');
}

interface Leaf {
  field: string;
  before: unknown;
  after: unknown;
}

/** Every leaf value that differs between two JSON values, with its dotted path. */
function leafChanges(path: string, before: unknown, after: unknown): Leaf[] {
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((key) => leafChanges(path ? `${path}.${key}` : key, before[key], after[key]));
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const length = Math.max(before.length, after.length);
    return Array.from({ length }, (_, i) => leafChanges(`${path}[${i}]`, before[i], after[i])).flat();
  }
  return sameJson(before, after) ? [] : [{ field: path, before, after }];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Equal as JSON would keep them: an absent field and an undefined one are the same. */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (isObject(a) && isObject(b)) return leafChanges('', a, b).length === 0;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => sameJson(v, b[i]));
  return false;
}

function shown(value: unknown): string {
  if (value === undefined) return '(none)';
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

function stepName(node: WorkflowNode): string {
  const label = getStepDefinition(node.type)?.label;
  return label ? `${node.id} (${label})` : node.id;
}

function edgeKey(edge: WorkflowEdge): string {
  return `${edge.source}\u0000${edge.sourceHandle}\u0000${edge.target}`;
}

function edgeText(edge: WorkflowEdge): string {
  return `${edge.source}.${edge.sourceHandle} → ${edge.target}`;
}
