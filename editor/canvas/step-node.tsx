import { Handle, Position, useNodeConnections, useStore, type NodeProps } from '@xyflow/react';
import { Plus } from 'lucide-react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { getStepDefinition } from '../../shared/steps';
import { useEditor } from '../state/editor-store';
import type { StepNode } from '../state/document-conversion';
import { viewFor } from '../steps';
import { StepIcon } from '../steps/step-icon';
import { useStepTexts } from '../steps/step-texts';
import { StepResultsBadge } from '../workflow-editor/results/step-results-badge';
import { useStepResult } from '../workflow-editor/results/results-store';
import { usePortPicker } from './port-picker-store';
import { useStepLabel } from './use-step-label';

/** The step's name (not part of React Flow's node props: read from its own node, by id). */
export function useStepName(id: string): string | undefined {
  return useStore((s) => (s.nodeLookup.get(id)?.internals.userNode as StepNode | undefined)?.name);
}

/**
 * One step on the canvas: its name (or its type) and what it does at a glance, one handle per port
 * with a "+" on each free one (the palette, filtered, connected to that port), its problems marked.
 */
export const StepNodeView = memo(function StepNodeView({ id, type, data, selected }: NodeProps<StepNode>) {
  const definition = getStepDefinition(type);
  const view = viewFor(type);
  const name = useStepName(id);
  const problems = useEditor((s) => s.problemsByNode[id]);
  const active = useEditor((s) => s.activeNodeId === id);
  const result = useStepResult(id, type);
  const editable = useStore((s) => s.nodesConnectable);
  const outgoing = useNodeConnections({ handleType: 'source' });
  const { t } = useTranslation('editor');
  const stepLabel = useStepLabel();
  const stepTexts = useStepTexts();
  if (!definition || !view) return <div className="step-node broken">{t('stepNode.unknownType', { type })}</div>;
  const errors = problems?.filter((p) => p.severity === 'error').length ?? 0;
  const warnings = (problems?.length ?? 0) - errors;
  let ports: readonly { id: string; label: string }[] = [];
  try {
    ports = definition.ports(data);
  } catch {
    ports = [];
  }
  // Shared exits ("Answered", "Timeout") in the person's language; names the admin gave (choices, branches) as written.
  ports = ports.map((port) => ({ id: port.id, label: stepTexts.port(port) }));
  const used = new Set(outgoing.map((c) => c.sourceHandle));
  const Body = view.Body as (props: { data: unknown }) => React.ReactNode;
  const classes = ['step-node', `category-${definition.category}`, selected ? 'selected' : '', errors ? 'has-errors' : '', active ? 'active' : ''];
  return (
    <div className={classes.join(' ')} data-testid={`step-${id}`}>
      {result ? <StepResultsBadge result={result} name={name} /> : null}
      {definition.kind === 'trigger' ? null : <Handle type="target" position={Position.Left} className="handle-in" />}
      <div className="step-header">
        <StepIcon type={type} className="step-icon" />
        <div className="step-titles">
          <span className="step-label">{name ?? stepLabel(definition)}</span>
          {/* The type under a name; the id (what traces and the API call it) beside it. */}
          <span className="step-subtitle">
            {name ? `${stepLabel(definition)} · ` : ''}
            <span className="step-id">{id}</span>
          </span>
        </div>
        {errors ? (
          <span className="badge error" title={t('stepNode.errors', { count: errors })}>
            {errors}
          </span>
        ) : null}
        {!errors && warnings ? (
          <span className="badge warning" title={t('stepNode.warnings', { count: warnings })}>
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
              {editable && !used.has(port.id) ? (
                <button
                  type="button"
                  className="port-add nodrag nopan"
                  aria-label={t('stepNode.addAfterLabel', { port: port.label })}
                  title={t('stepNode.addAfterTip', { port: port.label })}
                  data-testid={`add-after-${port.id}`}
                  onClick={(event) => {
                    // Not a click on the step: it stays as it was (unselected), the inspector stays closed.
                    event.stopPropagation();
                    const box = event.currentTarget.getBoundingClientRect();
                    usePortPicker.setState({ open: { nodeId: id, port: port.id, portLabel: port.label, x: box.x + box.width / 2, y: box.y + box.height / 2 } });
                  }}
                >
                  <Plus aria-hidden="true" />
                </button>
              ) : null}
            </div>
          ))}
        </div>
      ) : null}
    </div>
  );
});
