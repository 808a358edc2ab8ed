import type { Connection, Edge, EdgeChange, NodeChange } from '@xyflow/react';
import type { WorkflowDocument } from '../../shared/document/workflow-document';
import type { Problem } from '../../shared/validation/problem';
import type { ClipboardPayload } from './clipboard';
import type { DocumentMeta, StepNode } from './document-conversion';
import type { Point } from './placement';

/** What the editor holds: the document as React Flow draws it, and what it does with it. */
export interface Snapshot {
  meta: DocumentMeta;
  nodes: StepNode[];
  edges: Edge[];
}

export type SaveState = 'saved' | 'unsaved' | 'saving' | 'failed';

export interface EditorState extends Snapshot {
  workflowId: string | null;
  publishedVersion: number | null;
  problems: Problem[];
  problemsByNode: Record<string, Problem[]>;
  saveState: SaveState;
  saveError: string | null;
  /** Bumped on every change of the document, for autosave. */
  revision: number;
  past: Snapshot[];
  future: Snapshot[];
  /** What was last copied in this tab (the system clipboard carries it to other tabs). */
  clipboard: ClipboardPayload | null;
  /** The step the test chat's run is on. */
  activeNodeId: string | null;

  load: (document: WorkflowDocument, publishedVersion: number | null) => void;
  onNodesChange: (changes: NodeChange<StepNode>[]) => void;
  onEdgesChange: (changes: EdgeChange[]) => void;
  onConnect: (connection: Connection) => void;
  /** Adds a step after the selected one (connected), else with its centre at `centre` (the view's), on a free place. */
  addStep: (type: string, centre?: Point) => string;
  /** Adds a step connected to `port` of `sourceId`, its top-left at `at` or below it where that is taken. */
  addStepAfter: (type: string, sourceId: string, port: string, at: Point) => string;
  addNote: (centre?: Point) => string;
  updateNodeData: (id: string, data: Record<string, unknown>) => void;
  setStepName: (id: string, name: string) => void;
  updateMeta: (meta: Partial<DocumentMeta>) => void;
  select: (id: string | null) => void;
  deleteSelected: () => void;
  copySelected: () => ClipboardPayload | null;
  /** Pastes `payload` (from the system clipboard) or what was copied in this tab. */
  paste: (payload?: ClipboardPayload | null, centre?: Point) => void;
  undo: () => void;
  redo: () => void;
  checkpoint: () => void;
  replaceLayout: (positions: Record<string, { x: number; y: number }>) => void;
  setSaveState: (state: SaveState, error?: string | null) => void;
  setPublishedVersion: (version: number | null) => void;
  setActiveNode: (id: string | null) => void;
  document: () => WorkflowDocument;
}
