import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, type WorkflowSummary } from '../api/api-client';
import { inboxApi } from './inbox-api';
import { Dialog } from '../ui/dialog';
import { FormActions } from '../ui/form-actions';

/** The small form a shortcut asks for before it starts; with no fields it starts at once. */
export function ShortcutDialog({
  conversationId,
  workflow,
  onDone,
}: {
  conversationId: string;
  workflow: WorkflowSummary;
  onDone: (message: string | null) => void;
}) {
  const { t } = useTranslation('inbox');
  const fields = workflow.shortcut?.fields ?? [];
  const [values, setValues] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const run = async () => {
    try {
      await inboxApi.shortcut(conversationId, workflow.id, values);
      onDone(t('shortcuts.started', { name: workflow.shortcut?.name ?? workflow.name }));
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    }
  };
  return (
    <Dialog title={workflow.shortcut?.name ?? workflow.name} onCancel={() => onDone(null)}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void run();
        }}
      >
        {workflow.shortcut?.description ? <p className="muted">{workflow.shortcut.description}</p> : null}
        {fields.map((field) => (
          <div className="field" key={field.name}>
            <label htmlFor={`shortcut-${field.name}`}>
              {field.label}
              {field.required ? '' : <span className="optional"> {t('optional')}</span>}
            </label>
            <input id={`shortcut-${field.name}`} value={values[field.name] ?? ''} onChange={(e) => setValues({ ...values, [field.name]: e.target.value })} />
          </div>
        ))}
        {error ? (
          <p className="field-problems" role="alert">
            {error}
          </p>
        ) : null}
        <FormActions submit={t('shortcuts.run')} onCancel={() => onDone(null)} />
      </form>
    </Dialog>
  );
}
