import type { Edge, Node } from '@xyflow/react';
import type { WorkflowDocument, WorkflowEdge, WorkflowNode } from '../../shared/document/workflow-document';

/** A canvas node: the saved step itself (React Flow adds selection and size while editing). */
export type StepNode = Node<Record<string, unknown>, string>;

export type DocumentMeta = Omit<WorkflowDocument, 'nodes' | 'edges'>;

/** Keeps only the saved fields: what React Flow adds (selected, measured, dragging) is not part of the document. */
export function toDocument(meta: DocumentMeta, nodes: StepNode[], edges: Edge[]): WorkflowDocument {
  return {
    ...meta,
    nodes: nodes.map((n) => ({ id: n.id, type: n.type, position: { x: n.position.x, y: n.position.y }, data: n.data }) as WorkflowNode),
    edges: edges.map((e): WorkflowEdge => ({ id: e.id, source: e.source, sourceHandle: e.sourceHandle ?? '', target: e.target })),
  };
}

/** The document's nodes and edges go to React Flow as they are. */
export function fromDocument(document: WorkflowDocument): { meta: DocumentMeta; nodes: StepNode[]; edges: Edge[] } {
  const { nodes, edges, ...meta } = document;
  return { meta, nodes: nodes, edges: edges };
}
