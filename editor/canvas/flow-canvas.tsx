import { Background, Controls, MiniMap, ReactFlow, useReactFlow, type NodeTypes } from '@xyflow/react';
import { useCallback, type DragEvent } from 'react';
import { stepTypes } from '../../shared/steps';
import { useEditor } from '../state/editor-store';
import { StepNodeView } from './step-node';

// Module level, as React Flow asks: a new object each render would remount every node.
const nodeTypes: NodeTypes = Object.fromEntries(stepTypes.map((type) => [type, StepNodeView]));
export const stepDragType = 'application/lineflow-step';

/** Past this many steps, only what is on screen is rendered. */
const visibleOnlyAbove = 200;

export function FlowCanvas() {
  const nodes = useEditor((s) => s.nodes);
  const edges = useEditor((s) => s.edges);
  const onNodesChange = useEditor((s) => s.onNodesChange);
  const onEdgesChange = useEditor((s) => s.onEdgesChange);
  const onConnect = useEditor((s) => s.onConnect);
  const addStep = useEditor((s) => s.addStep);
  const checkpoint = useEditor((s) => s.checkpoint);
  const { screenToFlowPosition } = useReactFlow();

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
    <div className="canvas" onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={onConnect}
        onNodeDragStart={checkpoint}
        onlyRenderVisibleElements={nodes.length > visibleOnlyAbove}
        deleteKeyCode={['Delete', 'Backspace']}
        multiSelectionKeyCode={['Shift', 'Meta', 'Control']}
        minZoom={0.05}
        fitView
        proOptions={{ hideAttribution: true }}
      >
        <Background gap={24} />
        <MiniMap pannable zoomable />
        <Controls />
      </ReactFlow>
    </div>
  );
}
