import type { ReactNode } from 'react';

/** A labelled field with LINE's objections to it underneath, named after the field. */
export function Field({ id, label, messages, children, hint }: { id: string; label: string; messages: string[]; children: ReactNode; hint?: string }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
      {hint ? <div className="muted field-hint">{hint}</div> : null}
      {messages.length ? (
        <ul className="field-problems" data-testid={`problems-${id}`}>
          {messages.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** A whole-number input that keeps what is typed while it is not a number yet. */
export function NumberInput({ id, value, onChange, invalid }: { id: string; value: number; onChange: (value: number) => void; invalid: boolean }) {
  return (
    <input
      id={id}
      type="number"
      inputMode="numeric"
      value={Number.isFinite(value) ? value : ''}
      aria-invalid={invalid}
      onChange={(e) => onChange(e.target.value === '' ? Number.NaN : Math.round(Number(e.target.value)))}
    />
  );
}
