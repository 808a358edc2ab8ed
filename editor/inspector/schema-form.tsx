import { useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldLabel } from '../steps/step-texts';
import { FieldHintsContext, type FieldHint } from './field-hints';
import { Control } from './schema-control';
import { FieldProblemsList, type FieldProblems, type FieldProps, type Schema } from './schema-field-parts';

/**
 * A form generated from a step's JSON Schema: objects, lists (add, remove, reorder), choices of
 * kind (discriminated unions), text with placeholders, numbers, switches and enums. Required
 * fields are marked; the step's hints (FieldHintsContext) add what a schema cannot say.
 */
export function SchemaForm({
  schema,
  value,
  onChange,
  problems,
}: {
  schema: Schema;
  value: unknown;
  onChange: (value: unknown) => void;
  problems: FieldProblems;
}) {
  return <ObjectFields schema={schema} value={value as Record<string, unknown>} onChange={onChange} path="" problems={problems} skip={[]} />;
}

export function ObjectFields({
  schema,
  value,
  onChange,
  path,
  problems,
  skip,
}: {
  schema: Schema;
  value: Record<string, unknown>;
  onChange: (v: unknown) => void;
  path: string;
  problems: FieldProblems;
  skip: string[];
}) {
  const hintFor = useContext(FieldHintsContext);
  const { t } = useTranslation('steps');
  const properties = Object.entries((schema.properties ?? {}) as Record<string, Schema>).filter(([key]) => !skip.includes(key));
  const required: string[] = schema.required ?? [];
  if (properties.length === 0) return <p className="muted">{t('form.noSettings')}</p>;
  return (
    <div className="fields">
      {properties.map(([key, propSchema]) => {
        const fieldPath = path ? `${path}.${key}` : key;
        const hint = hintFor({ path: fieldPath, name: key, parent: value });
        if (hint?.hidden) return null;
        return (
          <Field
            key={key}
            schema={propSchema}
            name={key}
            path={fieldPath}
            required={hint?.required ?? required.includes(key)}
            hint={hint}
            value={value?.[key]}
            problems={problems}
            onChange={(next) => {
              const copy = { ...(value ?? {}) };
              if (next === undefined) delete copy[key];
              else copy[key] = next;
              onChange(copy);
            }}
          />
        );
      })}
    </div>
  );
}

function Field(props: FieldProps & { hint: FieldHint | undefined }) {
  const { schema, name, path, problems, hint } = props;
  const id = `field-${path.replace(/\./g, '-')}`;
  const messages = problems.get(path);
  const { t } = useTranslation('steps');
  const label = hint?.label ?? fieldLabel(t, name);
  const help = hint?.help ? (
    <p className="field-help" id={`${id}-help`}>
      {hint.help}
    </p>
  ) : null;
  const control = <Control {...props} id={id} invalid={messages.length > 0} suggestions={hint?.suggestions} describedBy={help ? `${id}-help` : undefined} />;
  if (schema.type === 'boolean') {
    return (
      <div className="field field-checkbox">
        <label htmlFor={id}>
          {control} {label}
        </label>
        {help}
        <FieldProblemsList messages={messages} />
      </div>
    );
  }
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {props.required ? (
          <span className="required" title={t('form.required')}>
            {' '}
            *
          </span>
        ) : (
          <span className="optional">{t('form.optional')}</span>
        )}
      </label>
      {help}
      {control}
      <FieldProblemsList messages={messages} />
    </div>
  );
}
