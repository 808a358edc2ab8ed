import { Background, MiniMap, ReactFlow, SelectionMode, useReactFlow, useStore, useStoreApi, type FitViewOptions, type NodeTypes } from '@xyflow/react';
import { CanvasControls } from './canvas-controls';
import { useCallback, useEffect, useState, type DragEvent } from 'react';
import { isTriggerType, stepTypes } from '../../shared/steps';
import { isNote, noteType } from '../state/document-conversion';
import { useEditor } from '../state/editor-store';
import { newStepSize, rectOf } from '../state/placement';
import './canvas.css';
import { NoteNodeView } from './note-node';
import { usePortPicker } from './port-picker-store';
import { StepNodeView } from './step-node';
import { StepPicker } from './step-picker';
import { useCanvasKeys } from './use-canvas-keys';
import { useViewCentre } from './use-view-centre';

// Module level, as React Flow asks: a new object each render would remount every node.
const nodeTypes: NodeTypes = { ...Object.fromEntries(stepTypes.map((type) => [type, StepNodeView])), [noteType]: NoteNodeView };
export const stepDragType = 'application/lineflow-step';

/**
 * "Fit view" frames the workflow with a thin margin (wider on the right, for the ports' "+") and
 * never zooms past 100%: with the node sizes of canvas.css, the text of a 10-step workflow stays
 * at 12px or more on a 1280×800 screen.
 */
export const fitViewOptions = { padding: { top: '16px', bottom: '16px', left: '16px', right: '44px' }, maxZoom: 1 } satisfies FitViewOptions;
/** Past this many steps, only what is on screen is rendered, and the editor opens on the triggers, not on the whole map. */
const largeWorkflow = 200;
/** Below this zoom, step bodies are hidden: nobody can read them, and painting them costs frames. */
const detailZoom = 0.45;
/** The minimap draws every step; past this many it costs more than it helps at opening. */
const minimapUpTo = 1000;
/** Up to this many nodes a workflow fits the screen at fit view: a minimap would only cover steps. */
const minimapFrom = 16;
/** How far right of its port a step added from the port's "+" goes. */
const portGap = 80;

export function FlowCanvas({ readOnly = false }: { readOnly?: boolean }) {
  const nodes = useEditor((s) => s.nodes);
  const edges = useEditor((s) => s.edges);
  const onNodesChange = useEditor((s) => s.onNodesChange);
  const onEdgesChange = useEditor((s) => s.onEdgesChange);
  const onConnect = useEditor((s) => s.onConnect);
  const checkpoint = useEditor((s) => s.checkpoint);
  const picking = usePortPicker((s) => s.open);
  const { screenToFlowPosition } = useReactFlow();
  const viewCentre = useViewCentre();
  const reveal = useReveal();
  const [zoomedOut, setZoomedOut] = useState(false);
  const large = nodes.length > largeWorkflow;
  // Decided once, when the workflow opens: a large one starts at reading size on its first trigger.
  const [start] = useState(() => {
    if (!large) return undefined;
    const first = nodes.find((n) => isTriggerType(n.type)) ?? nodes[0];
    return { x: 80 - (first?.position.x ?? 0) * 0.8, y: 200 - (first?.position.y ?? 0) * 0.8, zoom: 0.8 };
  });
  useCanvasKeys(!readOnly, viewCentre);
  useKeepSelectedInView(reveal);

  const onDrop = useCallback(
    (event: DragEvent) => {
      const type = event.dataTransfer.getData(stepDragType);
      if (!type) return;
      event.preventDefault();
      // Dropped where the person let go, not chained after whatever was selected.
      useEditor.getState().select(null);
      reveal(useEditor.getState().addStep(type, screenToFlowPosition({ x: event.clientX, y: event.clientY })));
    },
    [screenToFlowPosition, reveal],
  );

  const closePicker = useCallback(() => usePortPicker.setState({ open: null }), []);
  const pickAfterPort = (type: string) => {
    if (!picking) return;
    const editor = useEditor.getState();
    const source = editor.nodes.find((n) => n.id === picking.nodeId);
    if (!source) return closePicker();
    // To the right of the step, its entry level with the port; below its siblings if they are there.
    const port = screenToFlowPosition({ x: picking.x, y: picking.y });
    const box = rectOf(source);
    const id = editor.addStepAfter(type, source.id, picking.port, { x: box.x + box.width + portGap, y: port.y - 28 });
    closePicker();
    reveal(id);
  };

  return (
    <div className={zoomedOut ? 'canvas zoomed-out' : 'canvas'} onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={readOnly ? undefined : onConnect}
        nodesDraggable={!readOnly}
        nodesConnectable={!readOnly}
        edgesReconnectable={!readOnly}
        onNodeDragStart={checkpoint}
        onSelectionDragStart={checkpoint}
        onlyRenderVisibleElements={large}
        // The picker is placed by its "+" on screen: when the canvas moves, it would point at nothing.
        onMoveStart={() => usePortPicker.getState().open && closePicker()}
        onMove={(_, viewport) => {
          if (viewport.zoom < detailZoom !== zoomedOut) setZoomedOut(viewport.zoom < detailZoom);
        }}
        defaultViewport={start}
        fitView={!start}
        fitViewOptions={fitViewOptions}
        // Deleting goes through the store (use-canvas-keys): a step and its edges are one change, one undo.
        deleteKeyCode={null}
        // Drag on empty canvas selects (as in drawing tools); scroll, Space+drag or the middle button move around.
        selectionOnDrag={!readOnly}
        selectionMode={SelectionMode.Partial}
        panOnDrag={readOnly ? true : [1, 2]}
        panOnScroll
        multiSelectionKeyCode={['Shift', 'Meta', 'Control']}
        minZoom={0.05}
        proOptions={{ hideAttribution: true }}
      >
        <Background gap={24} />
        {nodes.length > minimapUpTo || nodes.length < minimapFrom ? null : (
          <MiniMap pannable zoomable nodeClassName={(n) => (isNote(n) ? `minimap-note note-fill-${String(n.data.color)}` : '')} />
        )}
        <CanvasControls fitViewOptions={fitViewOptions} />
      </ReactFlow>
      {picking ? <StepPicker key={`${picking.nodeId}/${picking.port}`} pick={picking} onPick={pickAfterPort} onClose={closePicker} /> : null}
    </div>
  );
}

/** Brings a step into view (a new one, or the one the inspector opened for), moving the canvas only if it is not on screen. */
function useReveal(): (id: string) => void {
  const store = useStoreApi();
  const { setCenter } = useReactFlow();
  return useCallback(
    (id: string) =>
      // After React Flow has drawn (and measured) the step.
      requestAnimationFrame(() => {
        const node = useEditor.getState().nodes.find((n) => n.id === id);
        if (!node) return;
        const { width, height, transform } = store.getState();
        const [tx, ty, zoom] = transform;
        const box = { ...rectOf(node), width: node.measured?.width ?? newStepSize.width };
        const left = box.x * zoom + tx;
        const top = box.y * zoom + ty;
        const inside = left >= 0 && top >= 0 && left + box.width * zoom <= width && top + box.height * zoom <= height;
        if (!inside) void setCenter(box.x + box.width / 2, box.y + box.height / 2, { zoom, duration: 200 });
      }),
    [store, setCenter],
  );
}

/** When the inspector opens beside the canvas and narrows it, the step it is about stays in view. */
function useKeepSelectedInView(reveal: (id: string) => void): void {
  const width = useStore((s) => s.width);
  const selected = useEditor((s) => {
    const picked = s.nodes.filter((n) => n.selected);
    return picked.length === 1 ? picked[0].id : null;
  });
  useEffect(() => {
    if (selected) reveal(selected);
    // Only when the canvas is resized: a step the person scrolled away from is not pulled back.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- see above
  }, [width]);
}
