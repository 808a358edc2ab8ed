import { Background, Controls, MiniMap, ReactFlow, useReactFlow, type NodeTypes } from '@xyflow/react';
import { useCallback, useState, type DragEvent } from 'react';
import { isTriggerType, stepTypes } from '../../shared/steps';
import { useEditor } from '../state/editor-store';
import { StepNodeView } from './step-node';

// Module level, as React Flow asks: a new object each render would remount every node.
const nodeTypes: NodeTypes = Object.fromEntries(stepTypes.map((type) => [type, StepNodeView]));
export const stepDragType = 'application/lineflow-step';

/** Past this many steps, only what is on screen is rendered, and the editor opens on the triggers, not on the whole map. */
const largeWorkflow = 200;
/** Below this zoom, step bodies are hidden: nobody can read them, and painting them costs frames. */
const detailZoom = 0.45;
/** The minimap draws every step; past this many it costs more than it helps at opening. */
const minimapUpTo = 1000;

export function FlowCanvas({ readOnly = false }: { readOnly?: boolean }) {
  const nodes = useEditor((s) => s.nodes);
  const edges = useEditor((s) => s.edges);
  const onNodesChange = useEditor((s) => s.onNodesChange);
  const onEdgesChange = useEditor((s) => s.onEdgesChange);
  const onConnect = useEditor((s) => s.onConnect);
  const addStep = useEditor((s) => s.addStep);
  const checkpoint = useEditor((s) => s.checkpoint);
  const { screenToFlowPosition } = useReactFlow();
  const [zoomedOut, setZoomedOut] = useState(false);
  const large = nodes.length > largeWorkflow;
  // Decided once, when the workflow opens: a large one starts at reading size on its first trigger.
  const [start] = useState(() => {
    if (!large) return undefined;
    const first = nodes.find((n) => isTriggerType(n.type)) ?? nodes[0];
    return { x: 80 - (first?.position.x ?? 0) * 0.8, y: 200 - (first?.position.y ?? 0) * 0.8, zoom: 0.8 };
  });

  const onDrop = useCallback(
    (event: DragEvent) => {
      const type = event.dataTransfer.getData(stepDragType);
      if (!type) return;
      event.preventDefault();
      addStep(type, screenToFlowPosition({ x: event.clientX, y: event.clientY }));
    },
    [addStep, screenToFlowPosition],
  );

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
        onlyRenderVisibleElements={large}
        onMove={(_, viewport) => {
          if (viewport.zoom < detailZoom !== zoomedOut) setZoomedOut(viewport.zoom < detailZoom);
        }}
        defaultViewport={start}
        fitView={!start}
        deleteKeyCode={readOnly ? null : ['Delete', 'Backspace']}
        multiSelectionKeyCode={['Shift', 'Meta', 'Control']}
        minZoom={0.05}
        proOptions={{ hideAttribution: true }}
      >
        <Background gap={24} />
        {nodes.length > minimapUpTo ? null : <MiniMap pannable zoomable />}
        <Controls />
      </ReactFlow>
    </div>
  );
}
