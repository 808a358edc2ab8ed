import { useContext, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PlaceholderContext } from './placeholder-context';

/**
 * A text input (or area) that offers the known placeholders when `{{` is typed.
 */
export function TextField(props: {
  id: string;
  value: string;
  multiline: boolean;
  onChange: (value: string) => void;
  invalid: boolean;
  required?: boolean;
  describedBy?: string;
  /** Words offered as the person types (a browser datalist): known variables, contact fields, tags. */
  suggestions?: string[];
}) {
  const placeholders = useContext(PlaceholderContext);
  const { t } = useTranslation('steps');
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const onInput = (value: string) => {
    const caret = ref.current?.selectionStart ?? value.length;
    setOpen(value.slice(0, caret).endsWith('{{'));
    props.onChange(value);
  };
  const insert = (placeholder: string) => {
    const element = ref.current;
    const caret = element?.selectionStart ?? props.value.length;
    const before = props.value.slice(0, caret);
    const after = props.value.slice(caret);
    props.onChange(`${before}${placeholder}}}${after}`);
    setOpen(false);
    element?.focus();
  };
  const common = {
    id: props.id,
    ref,
    value: props.value,
    'aria-invalid': props.invalid,
    'aria-required': props.required || undefined,
    'aria-describedby': props.describedBy,
    onChange: (e: { target: { value: string } }) => onInput(e.target.value),
    onKeyDown: (e: { key: string }) => e.key === 'Escape' && setOpen(false),
  };
  return (
    <div className="text-field">
      {props.multiline ? (
        <textarea rows={3} {...common} />
      ) : (
        <input type="text" {...common} list={props.suggestions?.length ? `${props.id}-suggestions` : undefined} autoComplete="off" />
      )}
      {!props.multiline && props.suggestions?.length ? (
        <datalist id={`${props.id}-suggestions`} data-testid={`${props.id}-suggestions`}>
          {props.suggestions.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      ) : null}
      {open && placeholders.length ? (
        <ul className="placeholder-menu" role="listbox" aria-label={t('form.variables')}>
          {placeholders.map((p) => (
            <li key={p}>
              <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => insert(p)}>
                {`{{${p}}}`}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
