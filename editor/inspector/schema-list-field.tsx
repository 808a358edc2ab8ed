import { ArrowDown, ArrowUp, X } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { fieldLabel, itemNoun, kindLabel } from '../steps/step-texts';
import { Control } from './schema-control';
import { defaultFor } from './schema-defaults';
import { FieldProblemsList, shown, type FieldProps, type Schema } from './schema-field-parts';
import { ObjectFields } from './schema-form';

/** A list: each item with its own fields, moved up or down or removed; "+ Add <item>" below. */
export function ListField({ schema, value, onChange, path, problems, name }: FieldProps) {
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
  const { t } = useTranslation('steps');
  const noun = itemNoun(t, name);
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
              <button
                type="button"
                className="icon-button"
                title={t('form.moveUp')}
                aria-label={t('form.moveItemUp', { item: noun, n: index + 1 })}
                disabled={index === 0}
                onClick={() => move(index, -1)}
              >
                <ArrowUp className="icon" aria-hidden="true" />
              </button>
              <button
                type="button"
                className="icon-button"
                title={t('form.moveDown')}
                aria-label={t('form.moveItemDown', { item: noun, n: index + 1 })}
                disabled={index === items.length - 1}
                onClick={() => move(index, 1)}
              >
                <ArrowDown className="icon" aria-hidden="true" />
              </button>
              <button
                type="button"
                className="icon-button"
                title={t('form.remove')}
                aria-label={t('form.removeItem', { item: noun, n: index + 1 })}
                disabled={schema.minItems !== undefined && items.length <= schema.minItems}
                onClick={() => onChange(items.filter((_, i) => i !== index))}
              >
                <X className="icon" aria-hidden="true" />
              </button>
            </div>
          </div>
        );
      })}
      <button type="button" className="link add-item" disabled={full} onClick={() => onChange([...items, defaultFor(itemSchema, items)])}>
        {t('form.addItem', { item: noun })}
        {full ? t('form.atMost', { max: schema.maxItems }) : ''}
      </button>
    </div>
  );
}

/** A list item or field that is one of several kinds, told apart by a property (`type`, `subject`, `kind`). */
export function UnionField({ schema, value, onChange, path, problems }: FieldProps) {
  const tag: string = schema.discriminator.propertyName;
  const current = (value as Record<string, unknown>)?.[tag];
  const branches: Schema[] = schema.oneOf;
  const { t } = useTranslation('steps');
  const branch = branches.find((b) => b.properties?.[tag]?.const === current) ?? branches[0];
  return (
    <div className="union">
      <select
        aria-label={fieldLabel(t, tag)}
        value={shown(current)}
        onChange={(e) => onChange(defaultFor(branches.find((b) => b.properties?.[tag]?.const === e.target.value)))}
      >
        {branches.map((b) => (
          <option key={b.properties[tag].const} value={b.properties[tag].const}>
            {kindLabel(t, tag, b.properties[tag].const)}
          </option>
        ))}
      </select>
      <ObjectFields schema={branch} value={value as Record<string, unknown>} onChange={onChange} path={path} problems={problems} skip={[tag]} />
    </div>
  );
}
