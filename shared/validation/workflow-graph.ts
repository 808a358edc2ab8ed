import type { WorkflowDocument } from '../document/workflow-document';
import { getStepDefinition, type StepDefinition } from '../steps';

export interface GraphNode {
  index: number;
  id: string;
  type: string;
  definition: StepDefinition;
  data: unknown;
}

/** The nodes and the connections between them, with each node's definition looked up once. */
export interface WorkflowGraph {
  nodes: GraphNode[];
  byId: Map<string, GraphNode>;
  /** Where each node can go next: its edges' targets and its implicit targets (jump to). */
  successors: Map<string, string[]>;
  predecessors: Map<string, string[]>;
}

export function buildWorkflowGraph(document: WorkflowDocument): WorkflowGraph {
  const nodes: GraphNode[] = [];
  const byId = new Map<string, GraphNode>();
  document.nodes.forEach((node, index) => {
    const definition = getStepDefinition(node.type);
    if (!definition || byId.has(node.id)) return;
    const graphNode = { index, id: node.id, type: node.type, definition, data: node.data };
    nodes.push(graphNode);
    byId.set(node.id, graphNode);
  });
  const successors = new Map<string, string[]>(nodes.map((n) => [n.id, []]));
  const predecessors = new Map<string, string[]>(nodes.map((n) => [n.id, []]));
  const link = (from: string, to: string) => {
    if (!byId.has(from) || !byId.has(to)) return;
    successors.get(from)?.push(to);
    predecessors.get(to)?.push(from);
  };
  for (const edge of document.edges) link(edge.source, edge.target);
  for (const node of nodes) {
    for (const target of node.definition.implicitTargets?.(node.data) ?? []) link(node.id, target.nodeId);
  }
  return { nodes, byId, successors, predecessors };
}
