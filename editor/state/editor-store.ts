import { addEdge, applyEdgeChanges, applyNodeChanges, type Edge } from '@xyflow/react';
import { create } from 'zustand';
import { getStepDefinition } from '../../shared/steps';
import { analyse } from './analyse';
import { copyPayload, edgeId, pasteInto } from './clipboard';
import { fromDocument, isNote, noteType, toDocument, type StepNode } from './document-conversion';
import type { EditorState, Snapshot } from './editor-state';
import { newNodeId, newNoteId } from './new-ids';
import { freeSpot, newStepSize, rectOf, type Point } from './placement';

export type { EditorState, SaveState } from './editor-state';
export { setCompanyBusinessHours } from './analyse';
export const noteSize = { width: 220, height: 140 };

const historyLimit = 100;
/** Typing in one field within this long is one step of undo, not one per key. */
const typingMs = 1000;
/** Validation runs this long after the last change, so typing and dragging never wait for it. */
const analyseDelayMs = 60;
let analyseTimer: ReturnType<typeof setTimeout> | undefined;
const unselected = (nodes: StepNode[]) => nodes.map((n) => (n.selected ? { ...n, selected: false } : n));

/** The open workflow: its nodes and edges as React Flow holds them, history, problems and save state. */
export const useEditor = create<EditorState>()((set, get) => {
  /** The state when a drag began: it enters history only if something moved. */
  let pending: Snapshot | null = null;
  /** The field last typed in and when: more typing there within `typingMs` extends the same undo step. */
  let typing: { key: string; at: number } | null = null;

  /** Records the state before a change, for undo; `key` names a field being typed in. */
  const remember = (key?: string) => {
    const now = Date.now();
    const sameTyping = key !== undefined && typing?.key === key && now - typing.at < typingMs;
    typing = key === undefined ? null : { key, at: now };
    pending = null;
    if (sameTyping) return;
    const { meta, nodes, edges } = get();
    push({ meta, nodes, edges });
  };
  const push = (before: Snapshot) => set({ past: [...get().past.slice(-historyLimit + 1), before], future: [] });
  /** Applies a change of the document, whole: problems follow a moment later; autosave notices the new revision. */
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
  /** Adds `node`, and `edge` when given, as one step of undo; the new node alone is selected. */
  const insert = (node: StepNode, edge?: Edge) => {
    remember();
    const others = edge ? get().edges.filter((e) => !(e.source === edge.source && e.sourceHandle === edge.sourceHandle)) : get().edges;
    change({ nodes: [...unselected(get().nodes), { ...node, selected: true }], edges: edge ? [...others, edge] : others });
    return node.id;
  };
  const newStep = (type: string, position: Point): StepNode | null => {
    const definition = getStepDefinition(type);
    if (!definition) return null;
    return { id: newNodeId(get().nodes.map((n) => n.id)), type, position, data: structuredClone(definition.defaults) as Record<string, unknown> };
  };

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
      pending = null;
      typing = null;
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
      const removed = new Set(changes.flatMap((c) => (c.type === 'remove' ? [c.id] : [])));
      const structural = removed.size > 0 || changes.some((c) => c.type === 'add' || c.type === 'replace');
      // The end of a drag, or of resizing a note: a change of the document, recorded once.
      const settled = changes.some((c) => (c.type === 'position' && c.dragging === false) || (c.type === 'dimensions' && c.resizing === false));
      if (structural) remember();
      else if (settled) {
        // The state from before the drag began (what one undo brings back), not the last frame of it.
        const { meta, nodes, edges } = get();
        push(pending ?? { meta, nodes, edges });
        pending = null;
        typing = null;
      }
      const nodes = applyNodeChanges(changes, get().nodes);
      if (!structural && !settled) return set({ nodes });
      // A step's edges go with it, in the same step of undo.
      change({ nodes, edges: removed.size ? get().edges.filter((e) => !removed.has(e.source) && !removed.has(e.target)) : get().edges });
    },

    onEdgesChange(changes) {
      const edges = applyEdgeChanges(changes, get().edges);
      // Removing edges that already went with their step changes nothing: no second step of undo.
      const structural = changes.some((c) => c.type === 'add' || c.type === 'replace') || edges.length !== get().edges.length;
      if (!structural) return set({ edges });
      remember();
      change({ edges });
    },

    onConnect(connection) {
      if (!connection.sourceHandle) return;
      remember();
      // A port leads to one step: connecting it again moves the edge.
      const others = get().edges.filter((e) => !(e.source === connection.source && e.sourceHandle === connection.sourceHandle));
      change({ edges: addEdge({ ...connection, id: edgeId(connection.source, connection.sourceHandle), targetHandle: null }, others) });
    },

    addStep(type, centre) {
      const { nodes, edges } = get();
      const picked = nodes.filter((n) => n.selected && !isNote(n));
      const after = picked.length === 1 ? picked[0] : undefined;
      const definition = getStepDefinition(type);
      // "Click to add after the selected step": on its first free port, to its right.
      if (after && definition?.kind !== 'trigger') {
        const port = getStepDefinition(after.type ?? '')
          ?.ports(after.data)
          .find((p) => !edges.some((e) => e.source === after.id && e.sourceHandle === p.id));
        const box = rectOf(after);
        const at = { x: box.x + box.width + 80, y: box.y };
        if (port) return get().addStepAfter(type, after.id, port.id, at);
        const node = newStep(type, freeSpot(nodes, at, newStepSize, 'down'));
        return node ? insert(node) : '';
      }
      const want = centre ? { x: centre.x - newStepSize.width / 2, y: centre.y - newStepSize.height / 2 } : { x: 80, y: 80 };
      const node = newStep(type, freeSpot(nodes, want));
      return node ? insert(node) : '';
    },

    addStepAfter(type, sourceId, port, at) {
      const node = newStep(type, freeSpot(get().nodes, at, newStepSize, 'down'));
      if (!node) return '';
      return insert(node, { id: edgeId(sourceId, port), source: sourceId, sourceHandle: port, target: node.id });
    },

    addNote(centre) {
      const { nodes } = get();
      const want = centre ? { x: centre.x - noteSize.width / 2, y: centre.y - noteSize.height / 2 } : { x: 80, y: 80 };
      const position = freeSpot(nodes, want, noteSize);
      const id = newNoteId(nodes.map((n) => n.id));
      return insert({ id, type: noteType, position, data: { text: '', color: 'yellow' }, ...noteSize, zIndex: -1 });
    },

    updateNodeData(id, data) {
      remember(`data:${id}`);
      const nodes = get().nodes.map((n) => (n.id === id ? { ...n, data } : n));
      // Ports may have gone (a choice removed): drop the edges that left from them.
      const node = nodes.find((n) => n.id === id);
      if (!node || isNote(node)) return change({ nodes });
      const ports = new Set(
        getStepDefinition(node.type ?? '')
          ?.ports(data)
          .map((p) => p.id) ?? [],
      );
      change({ nodes, edges: get().edges.filter((e) => e.source !== id || ports.has(e.sourceHandle ?? '')) });
    },

    setStepName(id, name) {
      remember(`name:${id}`);
      // An empty name is no name: the step shows its type again, and the document has no `name`.
      const trimmed = name.trim() ? name.slice(0, 60) : undefined;
      change({ nodes: get().nodes.map((n) => (n.id === id ? { ...n, name: trimmed } : n)) });
    },

    updateMeta(meta) {
      remember(`meta:${Object.keys(meta).join(',')}`);
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
      // Steps and every edge into or out of them, as one step of undo: one undo brings all back.
      remember();
      change({ nodes: nodes.filter((n) => !gone.has(n.id)), edges: edgesLeft });
    },

    copySelected() {
      const payload = copyPayload(get().nodes, get().edges);
      if (payload) set({ clipboard: payload });
      return payload;
    },

    paste(payload, centre) {
      const from = payload ?? get().clipboard;
      if (!from?.nodes.length) return;
      remember();
      change(pasteInto(get().nodes, get().edges, from, centre));
    },

    undo() {
      const { past, future, meta, nodes, edges } = get();
      const previous = past[past.length - 1];
      if (!previous) return;
      pending = null;
      typing = null;
      set({ past: past.slice(0, -1), future: [{ meta, nodes, edges }, ...future] });
      change(previous);
    },

    redo() {
      const { past, future, meta, nodes, edges } = get();
      const next = future[0];
      if (!next) return;
      pending = null;
      typing = null;
      set({ past: [...past, { meta, nodes, edges }], future: future.slice(1) });
      change(next);
    },

    checkpoint() {
      // Taken when a drag or resize starts; it becomes a step of undo only if something moved.
      const { meta, nodes, edges } = get();
      pending = { meta, nodes, edges };
    },

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
