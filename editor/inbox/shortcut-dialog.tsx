import { useState } from 'react';
import { ApiError, type WorkflowSummary } from '../api/api-client';
import { inboxApi } from './inbox-api';

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
  const fields = workflow.shortcut?.fields ?? [];
  const [values, setValues] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const run = async () => {
    try {
      await inboxApi.shortcut(conversationId, workflow.id, values);
      onDone(`${workflow.shortcut?.name ?? workflow.name} started`);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    }
  };
  return (
    <div className="dialog-backdrop" role="dialog" aria-label={workflow.shortcut?.name ?? workflow.name}>
      <form
        className="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          void run();
        }}
      >
        <h2>{workflow.shortcut?.name}</h2>
        {workflow.shortcut?.description ? <p className="muted">{workflow.shortcut.description}</p> : null}
        {fields.map((field) => (
          <div className="field" key={field.name}>
            <label htmlFor={`shortcut-${field.name}`}>
              {field.label}
              {field.required ? '' : <span className="optional"> (optional)</span>}
            </label>
            <input id={`shortcut-${field.name}`} value={values[field.name] ?? ''} onChange={(e) => setValues({ ...values, [field.name]: e.target.value })} />
          </div>
        ))}
        {error ? (
          <p className="field-problems" role="alert">
            {error}
          </p>
        ) : null}
        <button type="submit" className="primary">
          Run
        </button>
        <button type="button" onClick={() => onDone(null)}>
          Cancel
        </button>
      </form>
    </div>
  );
}
