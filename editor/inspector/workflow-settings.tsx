import { X } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useProblemText } from '../problems/problem-text';
import { settingsSchema } from '../../shared/document/workflow-schema';
import type { Problem } from '../../shared/validation/problem';
import { useEditor } from '../state/editor-store';
import type { FieldProblems } from './schema-field-parts';
import { SchemaForm } from './schema-form';

/** Problems by the field they are about, the "where: " of their message left out (the form shows where). */
export function fieldProblems(
  problems: Problem[],
  fieldOf: (p: Problem) => string | undefined,
  where: (p: Problem) => string = (p) => p.message,
): FieldProblems {
  const byField = new Map<string, string[]>();
  for (const problem of problems) {
    const field = fieldOf(problem);
    if (field === undefined) continue;
    const list = byField.get(field) ?? [];
    list.push(where(problem));
    byField.set(field, list);
  }
  return { get: (path) => byField.get(path) ?? [] };
}

/** The workflow's name, description and settings: opened from the inspector's rail when no step is selected. */
export function WorkflowSettings({ onClose }: { onClose: () => void }) {
  const meta = useEditor((s) => s.meta);
  const allProblems = useEditor((s) => s.problems);
  const updateMeta = useEditor((s) => s.updateMeta);
  const { t } = useTranslation('steps');
  const problemText = useProblemText();
  const settingsProblems = fieldProblems(
    allProblems,
    (p) => (p.pointer.startsWith('/settings') ? p.pointer.slice('/settings/'.length).replace(/\//g, '.') : undefined),
    (p) => problemText(p, 'text'),
  );
  return (
    <aside className="inspector" aria-label={t('inspector.workflowSettings')}>
      <div className="inspector-title">
        <h2>{t('settings.title')}</h2>
        <button type="button" className="icon-button" aria-label={t('settings.close')} title={t('settings.closeTip')} onClick={onClose}>
          <X className="icon" aria-hidden="true" />
        </button>
      </div>
      <div className="field">
        <label htmlFor="workflow-name">{t('settings.name')}</label>
        <input id="workflow-name" value={meta.name} onChange={(e) => updateMeta({ name: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor="workflow-description">
          {t('settings.description')}
          <span className="optional">{t('form.optional')}</span>
        </label>
        <textarea
          id="workflow-description"
          rows={2}
          value={meta.description ?? ''}
          onChange={(e) => updateMeta({ description: e.target.value || undefined })}
        />
      </div>
      <h3>{t('settings.settings')}</h3>
      <SchemaForm
        schema={settingsSchema}
        value={meta.settings}
        onChange={(settings) => updateMeta({ settings: settings as typeof meta.settings })}
        problems={settingsProblems}
      />
    </aside>
  );
}
