import { useMemo } from 'react';
import { settingsSchema } from '../../shared/document/workflow-schema';
import { getStepDefinition, isTriggerType } from '../../shared/steps';
import type { Problem } from '../../shared/validation/problem';
import { useEditor } from '../state/editor-store';
import { viewFor } from '../steps';
import { NodeChoicesContext, PlaceholderContext } from './placeholder-context';
import type { FieldProblems } from './schema-field-parts';
import { SchemaForm } from './schema-form';

const contactPlaceholders = ['contact.displayName', 'contact.language', 'contact.userId', 'conversation.id', 'workflow.name'];

function fieldProblems(problems: Problem[], prefix: (p: Problem) => string | undefined): FieldProblems {
  const byField = new Map<string, string[]>();
  for (const problem of problems) {
    const field = prefix(problem);
    if (field === undefined) continue;
    const list = byField.get(field) ?? [];
    list.push(problem.message.replace(/^.*?: /, ''));
    byField.set(field, list);
  }
  return { get: (path) => byField.get(path) ?? [] };
}

/** The selected step's settings, or the workflow's when no step is selected. */
export function Inspector() {
  const selected = useEditor((s) => {
    const picked = s.nodes.filter((n) => n.selected);
    return picked.length === 1 ? picked[0] : undefined;
  });
  const selectedCount = useEditor((s) => s.nodes.filter((n) => n.selected).length);
  const problems = useEditor((s) => (selected ? s.problemsByNode[selected.id] : undefined));
  const allProblems = useEditor((s) => s.problems);
  const meta = useEditor((s) => s.meta);
  const nodes = useEditor((s) => s.nodes);
  const updateNodeData = useEditor((s) => s.updateNodeData);
  const updateMeta = useEditor((s) => s.updateMeta);
  const deleteSelected = useEditor((s) => s.deleteSelected);

  const placeholders = useMemo(() => {
    const vars = new Set((meta.settings.variables ?? []).map((v) => v.name));
    for (const node of nodes) {
      const outputs = getStepDefinition(node.type ?? '')?.outputs;
      try {
        for (const name of outputs?.(node.data).vars ?? []) vars.add(name);
      } catch {
        // A step whose options are half written has no outputs yet.
      }
    }
    return [...contactPlaceholders, ...[...vars].map((v) => `vars.${v}`)];
  }, [meta.settings.variables, nodes]);
  const nodeChoices = useMemo(
    () => nodes.filter((n) => !isTriggerType(n.type)).map((n) => ({ id: n.id, label: `${n.id} (${getStepDefinition(n.type ?? '')?.label ?? n.type})` })),
    [nodes],
  );

  if (selectedCount > 1) {
    return (
      <aside className="inspector">
        <h2>{selectedCount} steps selected</h2>
        <button type="button" className="danger" onClick={deleteSelected}>
          Delete them
        </button>
      </aside>
    );
  }
  if (!selected) {
    const settingsProblems = fieldProblems(allProblems, (p) =>
      p.pointer.startsWith('/settings') ? p.pointer.slice('/settings/'.length).replace(/\//g, '.') : undefined,
    );
    return (
      <aside className="inspector" aria-label="Workflow settings">
        <h2>Workflow</h2>
        <div className="field">
          <label htmlFor="workflow-name">Name</label>
          <input id="workflow-name" value={meta.name} onChange={(e) => updateMeta({ name: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="workflow-description">Description</label>
          <textarea
            id="workflow-description"
            rows={2}
            value={meta.description ?? ''}
            onChange={(e) => updateMeta({ description: e.target.value || undefined })}
          />
        </div>
        <h3>Settings</h3>
        <SchemaForm
          schema={settingsSchema}
          value={meta.settings}
          onChange={(settings) => updateMeta({ settings: settings as typeof meta.settings })}
          problems={settingsProblems}
        />
        <p className="muted">Select a step to edit it; drag steps in from the left.</p>
      </aside>
    );
  }
  const definition = getStepDefinition(selected.type ?? '');
  if (!definition) return <aside className="inspector">Unknown step type {selected.type}</aside>;
  const StepPanel = viewFor(selected.type ?? '')?.InspectorPanel;
  return (
    <aside className="inspector" aria-label="Step settings">
      <h2>
        {definition.label} <span className="step-id">{selected.id}</span>
      </h2>
      <p className="muted">{definition.description}</p>
      <PlaceholderContext.Provider value={placeholders}>
        <NodeChoicesContext.Provider value={nodeChoices}>
          <SchemaForm
            key={selected.id}
            schema={definition.schema}
            value={selected.data}
            onChange={(data) => updateNodeData(selected.id, data as Record<string, unknown>)}
            problems={fieldProblems(problems ?? [], (p) => p.field)}
          />
        </NodeChoicesContext.Provider>
      </PlaceholderContext.Provider>
      {problems?.some((p) => p.field === undefined) ? (
        <ul className="field-problems">
          {problems
            .filter((p) => p.field === undefined)
            .map((p) => (
              <li key={p.message}>{p.message.replace(/^.*?\): /, '')}</li>
            ))}
        </ul>
      ) : null}
      {StepPanel ? <StepPanel /> : null}
      <button type="button" className="danger" onClick={deleteSelected}>
        Delete step
      </button>
    </aside>
  );
}
