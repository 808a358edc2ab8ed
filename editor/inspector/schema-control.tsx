import { useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { CredentialSelect } from '../steps/http-request';
import { enumValue, fieldLabel } from '../steps/step-texts';
import { NodeChoicesContext } from './placeholder-context';
import { defaultFor } from './schema-defaults';
import { JsonField, shown, type FieldProps } from './schema-field-parts';
import { ObjectFields } from './schema-form';
import { ListField, UnionField } from './schema-list-field';
import { TextField } from './text-field';
import { multilineFields } from './schema-field-parts';

export type ControlProps = FieldProps & { id: string; invalid: boolean; suggestions?: string[]; describedBy?: string };

/** The input for one field, chosen by its schema (and by a few names: a step to jump to, a credential). */
export function Control(props: ControlProps) {
  const { schema, value, onChange, id, invalid, name, required, suggestions, describedBy } = props;
  const nodes = useContext(NodeChoicesContext);
  const { t } = useTranslation('steps');
  const aria = { 'aria-invalid': invalid, 'aria-required': required || undefined, 'aria-describedby': describedBy };
  if (name === 'targetNodeId') {
    return (
      <select id={id} value={shown(value)} {...aria} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('form.chooseStep')}</option>
        {nodes.map((n) => (
          <option key={n.id} value={n.id}>
            {n.label}
          </option>
        ))}
      </select>
    );
  }
  if (name === 'credential') return <CredentialSelect id={id} value={value} invalid={invalid} onChange={onChange} />;
  if (schema.oneOf && schema.discriminator) return <UnionField {...props} />;
  if (schema.enum) {
    return (
      <select
        id={id}
        value={shown(value)}
        {...aria}
        onChange={(e) => onChange(e.target.value === '' ? undefined : schema.enum.find((v: unknown) => String(v) === e.target.value))}
      >
        {required ? null : <option value="">—</option>}
        {schema.enum.map((v: unknown) => (
          <option key={String(v)} value={String(v)}>
            {enumValue(t, name, v)}
          </option>
        ))}
      </select>
    );
  }
  if (schema.anyOf) {
    const text = Array.isArray(value) ? value.join(', ') : shown(value);
    return (
      <TextField
        id={id}
        value={text}
        multiline={false}
        invalid={invalid}
        required={required}
        describedBy={describedBy}
        suggestions={suggestions}
        onChange={(v) => onChange(v === '' ? undefined : v.includes(',') ? v.split(',').map((s) => s.trim()) : v)}
      />
    );
  }
  switch (schema.type) {
    case 'boolean':
      return <input id={id} type="checkbox" checked={value === true} aria-describedby={describedBy} onChange={(e) => onChange(e.target.checked)} />;
    case 'integer':
    case 'number':
      return (
        <input
          id={id}
          type="number"
          value={shown(value)}
          {...aria}
          onChange={(e) => onChange(e.target.value === '' ? (required ? 0 : undefined) : Number(e.target.value))}
        />
      );
    case 'array':
      return <ListField {...props} />;
    case 'object':
      if (!schema.properties) return <JsonField {...props} id={id} />;
      if (value === undefined && !required) {
        return (
          <button type="button" className="link" onClick={() => onChange(defaultFor(schema))}>
            {t('form.addObject', { name: fieldLabel(t, name).toLowerCase() })}
          </button>
        );
      }
      return (
        <fieldset className="nested">
          <ObjectFields schema={schema} value={value as Record<string, unknown>} onChange={onChange} path={props.path} problems={props.problems} skip={[]} />
          {required ? null : (
            <button type="button" className="link" onClick={() => onChange(undefined)}>
              {t('form.removeObject', { name: fieldLabel(t, name).toLowerCase() })}
            </button>
          )}
        </fieldset>
      );
    default:
      return (
        <TextField
          id={id}
          value={typeof value === 'string' ? value : ''}
          multiline={multilineFields.has(name)}
          invalid={invalid}
          required={required}
          describedBy={describedBy}
          suggestions={suggestions}
          onChange={(v) => onChange(v === '' && !required ? undefined : v)}
        />
      );
  }
}
