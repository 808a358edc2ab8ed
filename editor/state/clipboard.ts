import type { Edge } from '@xyflow/react';
import { getStepDefinition } from '../../shared/steps';
import { isNote, noteType, type StepNode } from './document-conversion';
import { newNodeId, newNoteId } from './new-ids';
import { freeSpot, rectOf, type Point } from './placement';

/**
 * Copied steps as they travel through the system clipboard (text/plain JSON), so they paste into
 * another workflow, another tab or another browser window of the editor.
 */
export interface ClipboardPayload {
  kind: 'lineflow/steps';
  version: 1;
  nodes: Pick<StepNode, 'id' | 'type' | 'name' | 'position' | 'data' | 'width' | 'height'>[];
  edges: { id: string; source: string; sourceHandle: string; target: string }[];
}

/** The selected steps and notes, and the edges between them (an edge to a step left behind is not copied). */
export function copyPayload(nodes: readonly StepNode[], edges: readonly Edge[]): ClipboardPayload | null {
  const picked = nodes.filter((n) => n.selected);
  if (!picked.length) return null;
  const ids = new Set(picked.map((n) => n.id));
  return {
    kind: 'lineflow/steps',
    version: 1,
    nodes: picked.map((n) => ({
      id: n.id,
      type: n.type,
      ...(n.name ? { name: n.name } : {}),
      position: { ...n.position },
      data: structuredClone(n.data),
      ...(n.width ? { width: n.width } : {}),
      ...(n.height ? { height: n.height } : {}),
    })),
    edges: edges
      .filter((e) => ids.has(e.source) && ids.has(e.target))
      .map((e) => ({ id: e.id, source: e.source, sourceHandle: e.sourceHandle ?? '', target: e.target })),
  };
}

/** The payload in a pasted text, or null when the text is something else (a person's words, another app's JSON). */
export function parsePayload(text: string): ClipboardPayload | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  const payload = parsed as Partial<ClipboardPayload> | null;
  if (payload?.kind !== 'lineflow/steps' || !Array.isArray(payload.nodes) || !Array.isArray(payload.edges)) return null;
  // Only what this editor knows how to draw: a step type of another LineFlow version is left out.
  const nodes = payload.nodes.filter(
    (n) => typeof n?.id === 'string' && typeof n.position?.x === 'number' && (isNote(n) || getStepDefinition(n.type ?? '') !== undefined),
  );
  const ids = new Set(nodes.map((n) => n.id));
  const edges = payload.edges.filter((e) => ids.has(e?.source) && ids.has(e?.target) && typeof e.sourceHandle === 'string');
  return nodes.length ? { kind: 'lineflow/steps', version: 1, nodes, edges } : null;
}

/**
 * Adds the payload's steps with new ids, their edges between them kept, placed as a group with its
 * centre at `at` (or beside where they were copied from), moved until it covers no step. The pasted
 * steps come selected, the others not.
 */
export function pasteInto(nodes: readonly StepNode[], edges: readonly Edge[], payload: ClipboardPayload, at?: Point): { nodes: StepNode[]; edges: Edge[] } {
  const taken = nodes.map((n) => n.id);
  const renamed = new Map<string, string>();
  for (const node of payload.nodes) {
    const id = isNote(node) ? newNoteId(taken) : newNodeId(taken);
    taken.push(id);
    renamed.set(node.id, id);
  }
  const boxes = payload.nodes.map((n) => rectOf(n as StepNode));
  const left = Math.min(...boxes.map((b) => b.x));
  const top = Math.min(...boxes.map((b) => b.y));
  const size = { width: Math.max(...boxes.map((b) => b.x + b.width)) - left, height: Math.max(...boxes.map((b) => b.y + b.height)) - top };
  const want = at ? { x: at.x - size.width / 2, y: at.y - size.height / 2 } : { x: left + 40, y: top + 40 };
  const spot = freeSpot(nodes, want, size, 'near');
  const pasted: StepNode[] = payload.nodes.map((n) => ({
    ...structuredClone(n),
    id: renamed.get(n.id) ?? n.id,
    type: n.type ?? noteType,
    data: remapTargets(n, renamed),
    position: { x: Math.round(spot.x + n.position.x - left), y: Math.round(spot.y + n.position.y - top) },
    selected: true,
    ...(isNote(n) ? { zIndex: -1 } : {}),
  }));
  const pastedEdges: Edge[] = payload.edges.map((e) => {
    const source = renamed.get(e.source) ?? e.source;
    return { id: edgeId(source, e.sourceHandle), source, sourceHandle: e.sourceHandle, target: renamed.get(e.target) ?? e.target };
  });
  return { nodes: [...nodes.map((n) => (n.selected ? { ...n, selected: false } : n)), ...pasted], edges: [...edges, ...pastedEdges] };
}

/** A port leads to one step, so the source and port name the edge. */
export function edgeId(source: string, sourceHandle: string): string {
  return `e-${source}-${sourceHandle}`.replace(/[^A-Za-z0-9_-]/g, '-').slice(0, 64);
}

/** A jump to a step that was copied with it now jumps to the copy; a jump to a step left behind is kept. */
function remapTargets(node: ClipboardPayload['nodes'][number], renamed: Map<string, string>): Record<string, unknown> {
  const data = structuredClone(node.data);
  let targets: { field: string; nodeId: string }[] = [];
  try {
    targets = getStepDefinition(node.type ?? '')?.implicitTargets?.(data) ?? [];
  } catch {
    // Half-written options: nothing to remap.
  }
  for (const { field, nodeId } of targets) {
    const copy = renamed.get(nodeId);
    if (!copy) continue;
    const path = field.split('.');
    let holder: Record<string, unknown> = data;
    for (const key of path.slice(0, -1)) holder = holder[key] as Record<string, unknown>;
    holder[path[path.length - 1]] = copy;
  }
  return data;
}
