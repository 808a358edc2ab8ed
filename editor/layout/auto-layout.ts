import dagre from '@dagrejs/dagre';
import type { Edge } from '@xyflow/react';
import type { StepNode } from '../state/document-conversion';

/** Left-to-right layered layout (dagre), using each node's measured size when React Flow has it. */
export function autoLayout(nodes: StepNode[], edges: Edge[]): Record<string, { x: number; y: number }> {
  const graph = new dagre.graphlib.Graph();
  graph.setGraph({ rankdir: 'LR', nodesep: 40, ranksep: 90 });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const node of nodes) graph.setNode(node.id, { width: node.measured?.width ?? 260, height: node.measured?.height ?? 120 });
  for (const edge of edges) graph.setEdge(edge.source, edge.target);
  dagre.layout(graph);
  const positions: Record<string, { x: number; y: number }> = {};
  for (const node of nodes) {
    const placed = graph.node(node.id);
    positions[node.id] = { x: Math.round(placed.x - placed.width / 2), y: Math.round(placed.y - placed.height / 2) };
  }
  return positions;
}
