import { useState } from 'react';
import { useTranslation } from 'react-i18next';

// Renders any step's JSON Schema (oneOf, discriminator, items, properties); a JSON Schema type would be wider than this file.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
export type Schema = any;

/** Fields written over several lines. */
export const multilineFields = new Set(['text', 'question', 'message', 'body', 'description']);

export interface FieldProblems {
  /** Problems by dotted field path inside the form's value. */
  get(path: string): string[];
}

export interface FieldProps {
  schema: Schema;
  value: unknown;
  onChange: (value: unknown) => void;
  path: string;
  name: string;
  required: boolean;
  problems: FieldProblems;
}

export function FieldProblemsList({ messages }: { messages: string[] }) {
  if (!messages.length) return null;
  return (
    <ul className="field-problems">
      {messages.map((m) => (
        <li key={m}>{m}</li>
      ))}
    </ul>
  );
}

/** A value as the text its control shows: '' for none, JSON for an object rather than "[object Object]". */
export function shown(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return value === undefined || value === null ? '' : JSON.stringify(value);
}

/** `quick replies` → `quick reply`, `choices` → `choice`, `branches` → `branch` (for "+ Add branch"). */
export function singular(words: string): string {
  if (/ies$/.test(words)) return words.replace(/ies$/, 'y');
  if (/(ch|sh|ss|x|z)es$/.test(words)) return words.replace(/es$/, '');
  return words.replace(/s$/, '');
}

/** Raw JSON (a flex message's contents), checked when the field loses focus. */
export function JsonField({ value, onChange, id }: FieldProps & { id: string }) {
  const [text, setText] = useState(() => JSON.stringify(value ?? {}, null, 2));
  const [error, setError] = useState<string | null>(null);
  const { t } = useTranslation('steps');
  return (
    <>
      <textarea
        id={id}
        className="json"
        rows={8}
        value={text}
        aria-invalid={error !== null}
        onChange={(e) => setText(e.target.value)}
        onBlur={() => {
          try {
            onChange(JSON.parse(text));
            setError(null);
          } catch (e) {
            setError(t('form.invalidJson', { error: (e as Error).message }));
          }
        }}
      />
      {error ? <FieldProblemsList messages={[error]} /> : null}
    </>
  );
}
