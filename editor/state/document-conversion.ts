import type { Edge, Node } from '@xyflow/react';
import type { WorkflowDocument, WorkflowEdge, WorkflowNode, WorkflowNote } from '../../shared/document/workflow-document';

/** A canvas node: the saved step itself (React Flow adds selection and size while editing), or a sticky note. */
export type StepNode = Node<Record<string, unknown>, string> & { name?: string };

export type DocumentMeta = Omit<WorkflowDocument, 'nodes' | 'edges' | 'notes'>;

/** The React Flow type of sticky notes; never a step type (the document keeps notes apart, in `notes`). */
export const noteType = 'note';

export function isNote(node: { type?: string }): boolean {
  return node.type === noteType;
}

/** Keeps only the saved fields: what React Flow adds (selected, measured, dragging) is not part of the document. */
export function toDocument(meta: DocumentMeta, nodes: StepNode[], edges: Edge[]): WorkflowDocument {
  const steps: WorkflowNode[] = [];
  const notes: WorkflowNote[] = [];
  for (const n of nodes) {
    const position = { x: n.position.x, y: n.position.y };
    if (isNote(n)) {
      const { text, color } = n.data as Pick<WorkflowNote, 'text' | 'color'>;
      notes.push({
        id: n.id,
        position,
        text,
        color,
        ...(n.width ? { width: Math.round(n.width) } : {}),
        ...(n.height ? { height: Math.round(n.height) } : {}),
      });
    } else {
      steps.push({ id: n.id, type: n.type, ...(n.name ? { name: n.name } : {}), position, data: n.data } as WorkflowNode);
    }
  }
  return {
    ...meta,
    nodes: steps,
    edges: edges.map((e): WorkflowEdge => ({ id: e.id, source: e.source, sourceHandle: e.sourceHandle ?? '', target: e.target })),
    // An empty list is left out: a workflow without notes saves as it did before notes existed.
    ...(notes.length ? { notes } : {}),
  };
}

/** The document's steps and edges go to React Flow as they are; its notes become nodes of type `note`. */
export function fromDocument(document: WorkflowDocument): { meta: DocumentMeta; nodes: StepNode[]; edges: Edge[] } {
  const { nodes, edges, notes = [], ...meta } = document;
  const noteNodes: StepNode[] = notes.map((note) => ({
    id: note.id,
    type: noteType,
    position: note.position,
    data: { text: note.text, color: note.color },
    ...(note.width ? { width: note.width } : {}),
    ...(note.height ? { height: note.height } : {}),
    // Behind the steps: a note explains them, it never covers them.
    zIndex: -1,
  }));
  return { meta, nodes: [...noteNodes, ...nodes], edges };
}
