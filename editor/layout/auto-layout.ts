import dagre from '@dagrejs/dagre';
import type { Edge } from '@xyflow/react';
import { isNote, type StepNode } from '../state/document-conversion';
import { newStepSize } from '../state/placement';

/**
 * Left-to-right layered layout (dagre), using each node's measured size when React Flow has it.
 * Tight enough that a 10-step workflow fits a laptop screen at a readable zoom; sticky notes stay
 * where their author put them.
 */
export function autoLayout(nodes: StepNode[], edges: Edge[]): Record<string, { x: number; y: number }> {
  const graph = new dagre.graphlib.Graph();
  graph.setGraph({ rankdir: 'LR', nodesep: 24, ranksep: 56 });
  graph.setDefaultEdgeLabel(() => ({}));
  const steps = nodes.filter((n) => !isNote(n));
  for (const node of steps) graph.setNode(node.id, { width: node.measured?.width ?? newStepSize.width, height: node.measured?.height ?? newStepSize.height });
  for (const edge of edges) graph.setEdge(edge.source, edge.target);
  dagre.layout(graph);
  const positions: Record<string, { x: number; y: number }> = {};
  for (const node of steps) {
    const placed = graph.node(node.id);
    positions[node.id] = { x: Math.round(placed.x - placed.width / 2), y: Math.round(placed.y - placed.height / 2) };
  }
  return positions;
}
