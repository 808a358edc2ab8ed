import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseWorkflowJson } from '../../shared/document/parse-workflow-json';
import type { DraftTrigger } from './trigger-menu';
import type { TestSession } from './use-test-session';

type FormTrigger = Extract<DraftTrigger, { kind: 'conversation-opened' | 'shortcut' | 'incoming-webhook' }>;

const inputType = { text: 'text', number: 'text', email: 'email', phone: 'tel', date: 'date' } as const;

/** The example body of a webhook: its declared variables, empty, for the person to fill in. */
function exampleBody(variables: readonly string[]): string {
  return JSON.stringify(Object.fromEntries(variables.map((name) => [name, ''])), null, 2);
}

/**
 * The small form some triggers need before they fire: the customer's first words, the shortcut's
 * fields (checked by the server as the inbox's are), or the webhook's variables as JSON (checked
 * here first, naming the line of a mistake).
 */
export function TriggerForm({ trigger, fire, onDone }: { trigger: FormTrigger; fire: TestSession['fire']; onDone: () => void }) {
  const { t } = useTranslation('testChat');
  // What the test customer writes: message content, the same “Hello” the server opens a conversation with.
  const [text, setText] = useState('Hello');
  const [fields, setFields] = useState<Record<string, string>>({});
  const [json, setJson] = useState(() => (trigger.kind === 'incoming-webhook' ? exampleBody(trigger.variables) : ''));
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    let body: Parameters<TestSession['fire']>[0];
    if (trigger.kind === 'conversation-opened') body = { trigger: 'conversation-opened', text };
    else if (trigger.kind === 'shortcut') body = { trigger: 'shortcut', fields };
    else {
      const parsed = parseWorkflowJson(json);
      if (!parsed.ok) return setProblem(t('triggerForm.invalidJson', { message: parsed.message }));
      if (typeof parsed.value !== 'object' || parsed.value === null || Array.isArray(parsed.value)) return setProblem(t('triggerForm.notObject'));
      body = { trigger: 'incoming-webhook', variables: parsed.value as Record<string, unknown> };
    }
    setProblem(null);
    setBusy(true);
    const fired = await fire(body);
    setBusy(false);
    if (fired) onDone();
  };

  const title = trigger.kind === 'conversation-opened' ? t('triggerForm.openConversation') : trigger.label;
  return (
    <form
      className="trigger-form"
      aria-label={title}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <strong>{title}</strong>
      {trigger.kind === 'conversation-opened' ? (
        <label>
          {t('triggerForm.customerWrites')}
          <input value={text} onChange={(e) => setText(e.target.value)} required />
        </label>
      ) : null}
      {trigger.kind === 'shortcut'
        ? trigger.fields.map((field) => (
            <label key={field.name}>
              {field.label}
              {field.required ? ' *' : ''}
              <input
                type={inputType[field.kind]}
                inputMode={field.kind === 'number' ? 'decimal' : undefined}
                value={fields[field.name] ?? ''}
                onChange={(e) => setFields({ ...fields, [field.name]: e.target.value })}
              />
            </label>
          ))
        : null}
      {trigger.kind === 'shortcut' && trigger.fields.length === 0 ? <p className="muted">{t('triggerForm.noForm')}</p> : null}
      {trigger.kind === 'incoming-webhook' ? (
        <label>
          {trigger.variables.length ? t('triggerForm.variablesOf', { names: trigger.variables.join(', ') }) : t('triggerForm.variables')}
          <textarea
            rows={Math.min(8, json.split('\n').length + 1)}
            spellCheck={false}
            value={json}
            aria-invalid={problem !== null}
            onChange={(e) => setJson(e.target.value)}
          />
        </label>
      ) : null}
      {problem ? (
        <p className="trigger-form-problem" role="alert">
          {problem}
        </p>
      ) : null}
      <div className="trigger-form-actions">
        <button type="button" onClick={onDone}>
          {t('triggerForm.cancel')}
        </button>
        <button type="submit" className="primary" disabled={busy}>
          {t('triggerForm.fire')}
        </button>
      </div>
    </form>
  );
}
