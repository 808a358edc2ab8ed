import { useContext } from 'react';
import { CredentialSelect } from '../steps/http-request';
import { NodeChoicesContext } from './placeholder-context';
import { defaultFor, humanize } from './schema-defaults';
import { TextField } from './text-field';
import { FieldProblemsList, JsonField, multilineFields, shown, singular, type FieldProblems, type FieldProps, type Schema } from './schema-field-parts';

/**
 * A form generated from a step's JSON Schema: objects, lists (add, remove, reorder), choices of
 * kind (discriminated unions), text with placeholders, numbers, switches and enums.
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

function ObjectFields({
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
  const properties = Object.entries((schema.properties ?? {}) as Record<string, Schema>).filter(([key]) => !skip.includes(key));
  const required: string[] = schema.required ?? [];
  if (properties.length === 0) return <p className="muted">This step has no settings.</p>;
  return (
    <div className="fields">
      {properties.map(([key, propSchema]) => (
        <Field
          key={key}
          schema={propSchema}
          name={key}
          path={path ? `${path}.${key}` : key}
          required={required.includes(key)}
          value={value?.[key]}
          problems={problems}
          onChange={(next) => {
            const copy = { ...(value ?? {}) };
            if (next === undefined) delete copy[key];
            else copy[key] = next;
            onChange(copy);
          }}
        />
      ))}
    </div>
  );
}

function Field(props: FieldProps) {
  const { schema, name, path, problems } = props;
  const id = `field-${path.replace(/\./g, '-')}`;
  const messages = problems.get(path);
  const control = <Control {...props} id={id} invalid={messages.length > 0} />;
  if (schema.type === 'boolean') {
    return (
      <div className="field field-checkbox">
        <label htmlFor={id}>
          {control} {humanize(name)}
        </label>
        <FieldProblemsList messages={messages} />
      </div>
    );
  }
  return (
    <div className="field">
      <label htmlFor={id}>
        {humanize(name)}
        {props.required ? '' : <span className="optional"> (optional)</span>}
      </label>
      {control}
      <FieldProblemsList messages={messages} />
    </div>
  );
}

function Control(props: FieldProps & { id: string; invalid: boolean }) {
  const { schema, value, onChange, id, invalid, name, required } = props;
  const nodes = useContext(NodeChoicesContext);
  if (name === 'targetNodeId') {
    return (
      <select id={id} value={shown(value)} aria-invalid={invalid} onChange={(e) => onChange(e.target.value)}>
        <option value="">Choose a step…</option>
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
        aria-invalid={invalid}
        onChange={(e) => onChange(e.target.value === '' ? undefined : schema.enum.find((v: unknown) => String(v) === e.target.value))}
      >
        {required ? null : <option value="">—</option>}
        {schema.enum.map((v: unknown) => (
          <option key={String(v)} value={String(v)}>
            {String(v)}
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
        onChange={(v) => onChange(v === '' ? undefined : v.includes(',') ? v.split(',').map((s) => s.trim()) : v)}
      />
    );
  }
  switch (schema.type) {
    case 'boolean':
      return <input id={id} type="checkbox" checked={value === true} onChange={(e) => onChange(e.target.checked)} />;
    case 'integer':
    case 'number':
      return (
        <input
          id={id}
          type="number"
          value={shown(value)}
          aria-invalid={invalid}
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
            Add {humanize(name).toLowerCase()}
          </button>
        );
      }
      return (
        <fieldset className="nested">
          <ObjectFields schema={schema} value={value as Record<string, unknown>} onChange={onChange} path={props.path} problems={props.problems} skip={[]} />
          {required ? null : (
            <button type="button" className="link" onClick={() => onChange(undefined)}>
              Remove {humanize(name).toLowerCase()}
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
          onChange={(v) => onChange(v === '' && !required ? undefined : v)}
        />
      );
  }
}

function ListField({ schema, value, onChange, path, problems, name }: FieldProps) {
  const items = Array.isArray(value) ? value : [];
  const itemSchema = schema.items ?? {};
  const full = schema.maxItems !== undefined && items.length >= schema.maxItems;
  const update = (index: number, next: unknown) => onChange(items.map((item, i) => (i === index ? next : item)));
  const move = (index: number, by: number) => {
    const copy = [...items];
    const [item] = copy.splice(index, 1);
    copy.splice(index + by, 0, item);
    onChange(copy);
  };
  const simple = itemSchema.type === 'string' || itemSchema.enum;
  return (
    <div className="list" data-testid={`list-${path}`}>
      {items.map((item, index) => {
        const itemProps: FieldProps = {
          schema: itemSchema,
          value: item,
          onChange: (v) => update(index, v),
          path: `${path}.${index}`,
          name,
          required: true,
          problems,
        };
        return (
          <div className={simple ? 'list-item simple' : 'list-item'} key={index}>
            <div className="list-item-body">
              {simple ? (
                <Control {...itemProps} id={`field-${path.replace(/\./g, '-')}-${index}`} invalid={problems.get(itemProps.path).length > 0} />
              ) : itemSchema.oneOf ? (
                <UnionField {...itemProps} />
              ) : (
                <ObjectFields
                  schema={itemSchema}
                  value={item as Record<string, unknown>}
                  onChange={itemProps.onChange}
                  path={itemProps.path}
                  problems={problems}
                  skip={[]}
                />
              )}
              <FieldProblemsList messages={problems.get(`${path}.${index}`)} />
            </div>
            <div className="list-item-actions">
              <button type="button" title="Move up" aria-label={`Move item ${index + 1} up`} disabled={index === 0} onClick={() => move(index, -1)}>
                ↑
              </button>
              <button
                type="button"
                title="Move down"
                aria-label={`Move item ${index + 1} down`}
                disabled={index === items.length - 1}
                onClick={() => move(index, 1)}
              >
                ↓
              </button>
              <button
                type="button"
                title="Remove"
                aria-label={`Remove item ${index + 1}`}
                disabled={schema.minItems !== undefined && items.length <= schema.minItems}
                onClick={() => onChange(items.filter((_, i) => i !== index))}
              >
                ✕
              </button>
            </div>
          </div>
        );
      })}
      <button type="button" className="link add-item" disabled={full} onClick={() => onChange([...items, defaultFor(itemSchema, items)])}>
        + Add {singular(humanize(name).toLowerCase())}
        {full ? ` (at most ${schema.maxItems})` : ''}
      </button>
    </div>
  );
}

/** A list item or field that is one of several kinds, told apart by a property (`type`, `subject`, `kind`). */
function UnionField({ schema, value, onChange, path, problems }: FieldProps) {
  const tag: string = schema.discriminator.propertyName;
  const current = (value as Record<string, unknown>)?.[tag];
  const branches: Schema[] = schema.oneOf;
  const branch = branches.find((b) => b.properties?.[tag]?.const === current) ?? branches[0];
  return (
    <div className="union">
      <select
        aria-label={humanize(tag)}
        value={shown(current)}
        onChange={(e) => onChange(defaultFor(branches.find((b) => b.properties?.[tag]?.const === e.target.value)))}
      >
        {branches.map((b) => (
          <option key={b.properties[tag].const} value={b.properties[tag].const}>
            {humanize(b.properties[tag].const)}
          </option>
        ))}
      </select>
      <ObjectFields schema={branch} value={value as Record<string, unknown>} onChange={onChange} path={path} problems={problems} skip={[tag]} />
    </div>
  );
}
