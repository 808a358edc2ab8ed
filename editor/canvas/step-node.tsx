import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { getStepDefinition } from '../../shared/steps';
import { useEditor } from '../state/editor-store';
import type { StepNode } from '../state/document-conversion';
import { viewFor } from '../steps';
import { StepResultsBadge } from '../workflow-editor/results/step-results-badge';
import { useStepResult } from '../workflow-editor/results/results-store';

/** One step on the canvas: what it does at a glance, one handle per port, its problems marked. */
export const StepNodeView = memo(function StepNodeView({ id, type, data, selected }: NodeProps<StepNode>) {
  const definition = getStepDefinition(type);
  const view = viewFor(type);
  const problems = useEditor((s) => s.problemsByNode[id]);
  const active = useEditor((s) => s.activeNodeId === id);
  const result = useStepResult(id, type);
  if (!definition || !view) return <div className="step-node broken">Unknown step type “{type}”</div>;
  const errors = problems?.filter((p) => p.severity === 'error').length ?? 0;
  const warnings = (problems?.length ?? 0) - errors;
  let ports: readonly { id: string; label: string }[] = [];
  try {
    ports = definition.ports(data);
  } catch {
    ports = [];
  }
  const Body = view.Body as (props: { data: unknown }) => React.ReactNode;
  const classes = ['step-node', `category-${definition.category}`, selected ? 'selected' : '', errors ? 'has-errors' : '', active ? 'active' : ''];
  return (
    <div className={classes.join(' ')} data-testid={`step-${id}`}>
      {result ? <StepResultsBadge result={result} /> : null}
      {definition.kind === 'trigger' ? null : <Handle type="target" position={Position.Left} className="handle-in" />}
      <div className="step-header">
        <span className="step-icon">{view.icon}</span>
        <span className="step-label">{definition.label}</span>
        <span className="step-id">{id}</span>
        {errors ? (
          <span className="badge error" title={`${errors} error(s)`}>
            {errors}
          </span>
        ) : null}
        {!errors && warnings ? (
          <span className="badge warning" title={`${warnings} warning(s)`}>
            {warnings}
          </span>
        ) : null}
      </div>
      <div className="step-body">
        <Body data={data} />
      </div>
      {ports.length ? (
        <div className="step-ports">
          {ports.map((port) => (
            <div className="step-port" key={port.id}>
              <span className="port-label">{port.label}</span>
              <Handle type="source" position={Position.Right} id={port.id} className={`handle-out port-${port.id}`} />
            </div>
          ))}
        </div>
      ) : null}
    </div>
  );
});
