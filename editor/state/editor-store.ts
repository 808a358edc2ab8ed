import { addEdge, applyEdgeChanges, applyNodeChanges, type Connection, type Edge, type EdgeChange, type NodeChange } from '@xyflow/react';
import { create } from 'zustand';
import type { WorkflowDocument } from '../../shared/document/workflow-document';
import { getStepDefinition } from '../../shared/steps';
import type { Problem } from '../../shared/validation/problem';
import { validateWorkflow } from '../../shared/validation/validate-workflow';
import { fromDocument, toDocument, type DocumentMeta, type StepNode } from './document-conversion';
import { newNodeId } from './new-ids';

interface Snapshot {
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
  clipboard: { nodes: StepNode[]; edges: Edge[] } | null;
  /** The step the test chat's run is on. */
  activeNodeId: string | null;

  load: (document: WorkflowDocument, publishedVersion: number | null) => void;
  onNodesChange: (changes: NodeChange<StepNode>[]) => void;
  onEdgesChange: (changes: EdgeChange[]) => void;
  onConnect: (connection: Connection) => void;
  addStep: (type: string, position?: { x: number; y: number }) => string;
  updateNodeData: (id: string, data: Record<string, unknown>) => void;
  updateMeta: (meta: Partial<DocumentMeta>) => void;
  select: (id: string | null) => void;
  deleteSelected: () => void;
  copySelected: () => void;
  paste: () => void;
  undo: () => void;
  redo: () => void;
  checkpoint: () => void;
  replaceLayout: (positions: Record<string, { x: number; y: number }>) => void;
  setSaveState: (state: SaveState, error?: string | null) => void;
  setPublishedVersion: (version: number | null) => void;
  setActiveNode: (id: string | null) => void;
  document: () => WorkflowDocument;
}

const historyLimit = 100;
/** Validation runs this long after the last change, so typing and dragging never wait for it. */
const analyseDelayMs = 60;
let analyseTimer: ReturnType<typeof setTimeout> | undefined;

/** Set once the app knows whether the company has business hours (workflows may then rely on them). */
let companyBusinessHours = false;
export function setCompanyBusinessHours(known: boolean): void {
  companyBusinessHours = known;
}

function analyse(meta: DocumentMeta, nodes: StepNode[], edges: Edge[]) {
  const result = validateWorkflow(toDocument(meta, nodes, edges), { companyBusinessHours });
  const problems = [...result.errors, ...result.warnings];
  const problemsByNode: Record<string, Problem[]> = {};
  for (const problem of problems) {
    if (problem.nodeId) (problemsByNode[problem.nodeId] ??= []).push(problem);
  }
  return { problems, problemsByNode };
}

/** The open workflow: its nodes and edges as React Flow holds them, history, problems and save state. */
export const useEditor = create<EditorState>()((set, get) => {
  /** Records the state before a change, for undo. */
  const remember = () => {
    const { meta, nodes, edges, past } = get();
    set({ past: [...past.slice(-historyLimit + 1), { meta, nodes, edges }], future: [] });
  };
  /** Applies a change of the document; problems follow a moment later; autosave notices the new revision. */
  const change = (next: Partial<Snapshot>) => {
    set({ ...next, revision: get().revision + 1, saveState: 'unsaved' });
    scheduleAnalysis();
  };
  function scheduleAnalysis() {
    clearTimeout(analyseTimer);
    analyseTimer = setTimeout(() => {
      const { meta, nodes, edges } = get();
      set(analyse(meta, nodes, edges));
    }, analyseDelayMs);
  }

  return {
    workflowId: null,
    publishedVersion: null,
    meta: { schemaVersion: 1, id: '', name: '', settings: { timezone: 'Asia/Tokyo' } },
    nodes: [],
    edges: [],
    problems: [],
    problemsByNode: {},
    saveState: 'saved',
    saveError: null,
    revision: 0,
    past: [],
    future: [],
    clipboard: null,
    activeNodeId: null,

    load(document, publishedVersion) {
      const { meta, nodes, edges } = fromDocument(document);
      set({
        workflowId: document.id,
        publishedVersion,
        meta,
        nodes,
        edges,
        problems: [],
        problemsByNode: {},
        past: [],
        future: [],
        saveState: 'saved',
        saveError: null,
        revision: 0,
        activeNodeId: null,
      });
      // The canvas first, the problems a moment later: a large workflow opens sooner.
      scheduleAnalysis();
    },

    onNodesChange(changes) {
      const structural = changes.some((c) => c.type === 'remove' || c.type === 'add' || c.type === 'replace');
      const moved = changes.some((c) => c.type === 'position' && c.dragging === false);
      if (structural) remember();
      const nodes = applyNodeChanges(changes, get().nodes);
      if (structural || moved) {
        const removed = new Set(changes.flatMap((c) => (c.type === 'remove' ? [c.id] : [])));
        change({ nodes, edges: removed.size ? get().edges.filter((e) => !removed.has(e.source) && !removed.has(e.target)) : get().edges });
      } else {
        set({ nodes });
      }
    },

    onEdgesChange(changes) {
      const structural = changes.some((c) => c.type === 'remove' || c.type === 'add' || c.type === 'replace');
      if (structural) remember();
      const edges = applyEdgeChanges(changes, get().edges);
      if (structural) change({ edges });
      else set({ edges });
    },

    onConnect(connection) {
      if (!connection.sourceHandle) return;
      remember();
      // A port leads to one step: connecting it again moves the edge.
      const others = get().edges.filter((e) => !(e.source === connection.source && e.sourceHandle === connection.sourceHandle));
      const id = `e-${connection.source}-${connection.sourceHandle}`.replace(/[^A-Za-z0-9_-]/g, '-').slice(0, 64);
      change({ edges: addEdge({ ...connection, id, targetHandle: null }, others) });
    },

    addStep(type, position) {
      const definition = getStepDefinition(type);
      if (!definition) return '';
      remember();
      const { nodes } = get();
      const selected = nodes.find((n) => n.selected);
      const id = newNodeId(nodes.map((n) => n.id));
      const at =
        position ??
        (selected ? { x: selected.position.x + 320, y: selected.position.y } : { x: 80 + (nodes.length % 5) * 40, y: 80 + (nodes.length % 5) * 40 });
      const node: StepNode = { id, type, position: at, data: structuredClone(definition.defaults) as Record<string, unknown>, selected: true };
      let edges = get().edges;
      // "Click to add after the selected node": connect the selected step's first free port.
      if (selected && definition.kind !== 'trigger') {
        const port = getStepDefinition(selected.type ?? '')
          ?.ports(selected.data)
          .find((p) => !edges.some((e) => e.source === selected.id && e.sourceHandle === p.id));
        if (port) edges = [...edges, { id: `e-${selected.id}-${port.id}`.slice(0, 64), source: selected.id, sourceHandle: port.id, target: id }];
      }
      change({ nodes: [...nodes.map((n) => ({ ...n, selected: false })), node], edges });
      return id;
    },

    updateNodeData(id, data) {
      remember();
      const nodes = get().nodes.map((n) => (n.id === id ? { ...n, data } : n));
      // Ports may have gone (a choice removed): drop the edges that left from them.
      const node = nodes.find((n) => n.id === id);
      const ports = new Set(
        getStepDefinition(node?.type ?? '')
          ?.ports(data)
          .map((p) => p.id) ?? [],
      );
      change({ nodes, edges: get().edges.filter((e) => e.source !== id || ports.has(e.sourceHandle ?? '')) });
    },

    updateMeta(meta) {
      remember();
      change({ meta: { ...get().meta, ...meta } });
    },

    select(id) {
      set({ nodes: get().nodes.map((n) => (n.selected === (n.id === id) ? n : { ...n, selected: n.id === id })) });
    },

    deleteSelected() {
      const { nodes, edges } = get();
      const gone = new Set(nodes.filter((n) => n.selected).map((n) => n.id));
      const edgesLeft = edges.filter((e) => !e.selected && !gone.has(e.source) && !gone.has(e.target));
      if (gone.size === 0 && edgesLeft.length === edges.length) return;
      remember();
      change({ nodes: nodes.filter((n) => !gone.has(n.id)), edges: edgesLeft });
    },

    copySelected() {
      const { nodes, edges } = get();
      const picked = nodes.filter((n) => n.selected);
      const ids = new Set(picked.map((n) => n.id));
      set({ clipboard: { nodes: structuredClone(picked), edges: structuredClone(edges.filter((e) => ids.has(e.source) && ids.has(e.target))) } });
    },

    paste() {
      const { clipboard, nodes, edges } = get();
      if (!clipboard?.nodes.length) return;
      remember();
      const taken = nodes.map((n) => n.id);
      const renamed = new Map<string, string>();
      for (const node of clipboard.nodes) {
        const id = newNodeId(taken);
        taken.push(id);
        renamed.set(node.id, id);
      }
      const pasted = clipboard.nodes.map((n) => ({
        ...structuredClone(n),
        id: renamed.get(n.id) as string,
        position: { x: n.position.x + 40, y: n.position.y + 40 },
        selected: true,
      }));
      const pastedEdges = clipboard.edges.map((e) => ({
        ...e,
        id: `${e.id}-${renamed.get(e.source)}`.slice(0, 64),
        source: renamed.get(e.source) as string,
        target: renamed.get(e.target) as string,
      }));
      change({ nodes: [...nodes.map((n) => ({ ...n, selected: false })), ...pasted], edges: [...edges, ...pastedEdges] });
    },

    undo() {
      const { past, future, meta, nodes, edges } = get();
      const previous = past[past.length - 1];
      if (!previous) return;
      set({ past: past.slice(0, -1), future: [{ meta, nodes, edges }, ...future] });
      change(previous);
    },

    redo() {
      const { past, future, meta, nodes, edges } = get();
      const next = future[0];
      if (!next) return;
      set({ past: [...past, { meta, nodes, edges }], future: future.slice(1) });
      change(next);
    },

    checkpoint: remember,

    replaceLayout(positions) {
      remember();
      change({ nodes: get().nodes.map((n) => (positions[n.id] ? { ...n, position: positions[n.id] } : n)) });
    },

    setSaveState(saveState, error = null) {
      set({ saveState, saveError: error });
    },

    setPublishedVersion(publishedVersion) {
      set({ publishedVersion });
    },

    setActiveNode(activeNodeId) {
      set({ activeNodeId });
    },

    document() {
      const { meta, nodes, edges } = get();
      return toDocument(meta, nodes, edges);
    },
  };
});
