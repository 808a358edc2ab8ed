import { Copy, Settings, Trash2 } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useStepLabel } from '../canvas/use-step-label';
import { stepNameSchema } from '../../shared/document/workflow-schema';
import { getStepDefinition, isTriggerType } from '../../shared/steps';
import { StepMessagesPreview } from '../line-preview/step-messages-preview';
import { isNote, type StepNode } from '../state/document-conversion';
import { useProblemText } from '../problems/problem-text';
import { useEditor } from '../state/editor-store';
import { viewFor } from '../steps';
import { StepIcon } from '../steps/step-icon';
import { stepDescription } from '../steps/step-texts';
import { commonHint, FieldHintsContext, type HintFor } from './field-hints';
import { knownNames } from './known-names';
import { NodeChoicesContext, PlaceholderContext } from './placeholder-context';
import './inspector.css';
import { SchemaForm } from './schema-form';
import { fieldProblems, WorkflowSettings } from './workflow-settings';

const otherPlaceholders = ['conversation.id', 'workflow.name'];

/**
 * The selected step's settings; several selected: what to do with them; none: a narrow rail that
 * opens the workflow's settings, so the canvas has the room (text stays readable at fit view).
 */
export function Inspector() {
  // The same nodes give the same list: no new render while nothing selected changes.
  const picked = useEditor(useShallow((s) => s.nodes.filter((n) => n.selected)));
  const [settingsOpen, setSettingsOpen] = useState(false);
  const { t } = useTranslation('steps');
  const steps = picked.filter((n) => !isNote(n));
  if (picked.length > 1) return <SelectionPanel count={picked.length} steps={steps.length} />;
  if (steps.length === 1) return <StepPanel node={steps[0]} />;
  if (settingsOpen) return <WorkflowSettings onClose={() => setSettingsOpen(false)} />;
  return (
    <aside className="inspector-rail" aria-label={t('inspector.title')}>
      <button
        type="button"
        className="icon-button"
        aria-label={t('inspector.workflowSettings')}
        title={t('inspector.workflowSettings')}
        onClick={() => setSettingsOpen(true)}
      >
        <Settings className="icon" aria-hidden="true" />
      </button>
    </aside>
  );
}

function SelectionPanel({ count, steps }: { count: number; steps: number }) {
  const deleteSelected = useEditor((s) => s.deleteSelected);
  const { t } = useTranslation('steps');
  const notes = count - steps;
  const items = [
    steps ? t('selection.steps', { count: steps }) : '',
    steps && notes ? t('selection.and') : '',
    notes ? t('selection.notes', { count: notes }) : '',
  ].join('');
  const copy = () => {
    const payload = useEditor.getState().copySelected();
    // Also to the system clipboard when the browser allows it; this tab pastes from its own copy anyway.
    if (payload) navigator.clipboard?.writeText(JSON.stringify(payload)).catch(() => undefined);
  };
  return (
    <aside className="inspector" aria-label={t('selection.title')}>
      <h2>{t('selection.selected', { items })}</h2>
      <p className="muted">{t('selection.help')}</p>
      <div className="inspector-actions">
        <button type="button" className="icon-button" onClick={copy}>
          <Copy className="icon" aria-hidden="true" /> {t('selection.copy')}
        </button>
        <button type="button" className="danger icon-button" onClick={deleteSelected}>
          <Trash2 className="icon" aria-hidden="true" /> {t('selection.delete')}
        </button>
      </div>
    </aside>
  );
}

function StepPanel({ node }: { node: StepNode }) {
  const problems = useEditor((s) => s.problemsByNode[node.id]);
  const meta = useEditor((s) => s.meta);
  const nodes = useEditor((s) => s.nodes);
  const updateNodeData = useEditor((s) => s.updateNodeData);
  const setStepName = useEditor((s) => s.setStepName);
  const deleteSelected = useEditor((s) => s.deleteSelected);
  const { t } = useTranslation('steps');
  const stepLabel = useStepLabel();
  const problemText = useProblemText();
  const known = useMemo(() => knownNames(meta, nodes), [meta, nodes]);
  const placeholders = useMemo(() => [...known.contactFields.map((f) => `contact.${f}`), ...otherPlaceholders, ...known.vars.map((v) => `vars.${v}`)], [known]);
  const nodeChoices = useMemo(
    () =>
      nodes
        .filter((n) => !isTriggerType(n.type) && !isNote(n))
        .map((n) => {
          const nodeDefinition = getStepDefinition(n.type ?? '');
          return { id: n.id, label: n.name ? `${n.name} (${n.id})` : `${n.id} (${nodeDefinition ? stepLabel(nodeDefinition) : n.type})` };
        }),
    [nodes, stepLabel],
  );
  const definition = getStepDefinition(node.type ?? '');
  const view = viewFor(node.type ?? '');
  const hintFor: HintFor = useMemo(() => (spot) => view?.fieldHint?.(spot, known) ?? commonHint(spot, known), [view, known]);
  if (!definition) return <aside className="inspector">{t('inspector.unknownType', { type: node.type })}</aside>;
  const StepExtras = view?.InspectorPanel;
  return (
    <aside className="inspector" aria-label={t('inspector.stepSettings')}>
      <div className="inspector-title">
        <StepIcon type={node.type} />
        <h2>
          {stepLabel(definition)} <span className="step-id">{node.id}</span>
        </h2>
      </div>
      <p className="muted">{stepDescription(t, definition)}</p>
      <div className="field">
        <label htmlFor="step-name">
          {t('inspector.stepName')}
          <span className="optional">{t('form.optional')}</span>
        </label>
        <input
          id="step-name"
          key={node.id}
          value={node.name ?? ''}
          maxLength={stepNameSchema.maxLength}
          placeholder={stepLabel(definition)}
          aria-describedby="step-name-help"
          onChange={(e) => setStepName(node.id, e.target.value)}
        />
        <p className="field-help" id="step-name-help">
          {t('inspector.stepNameHelp')}
        </p>
      </div>
      <PlaceholderContext.Provider value={placeholders}>
        <NodeChoicesContext.Provider value={nodeChoices}>
          <FieldHintsContext.Provider value={hintFor}>
            <SchemaForm
              key={node.id}
              schema={definition.schema}
              value={node.data}
              onChange={(data) => updateNodeData(node.id, data as Record<string, unknown>)}
              problems={fieldProblems(
                problems ?? [],
                (p) => p.field,
                (p) => problemText(p, 'inStep'),
              )}
            />
          </FieldHintsContext.Provider>
        </NodeChoicesContext.Provider>
      </PlaceholderContext.Provider>
      {problems?.some((p) => p.field === undefined) ? (
        <ul className="field-problems">
          {problems
            .filter((p) => p.field === undefined)
            .map((p) => (
              <li key={p.message}>{problemText(p, 'inStep')}</li>
            ))}
        </ul>
      ) : null}
      {StepExtras ? <StepExtras /> : null}
      <StepMessagesPreview node={node} />
      <button type="button" className="danger icon-button" onClick={deleteSelected}>
        <Trash2 className="icon" aria-hidden="true" /> {t('inspector.deleteStep')}
      </button>
    </aside>
  );
}
