import type { TFunction } from 'i18next';
import { Split } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { Condition } from '../../shared/steps/branch';
import { valueOperatorsWithoutValue } from '../../shared/steps/schema-parts';
import { i18n } from '../i18n/i18n';
import type { FieldHint, FieldSpot, KnownNames } from '../inspector/field-hints';
import { Preview } from './preview';
import { enumValue } from './step-texts';
import type { StepView } from './step-view';

/** A condition in a line; the operators and weekdays in the person's language, names and values as written. */
function describe(t: TFunction<'steps'>, c: Condition): string {
  const operator = enumValue(t, 'operator', c.operator);
  switch (c.subject) {
    case 'variable':
    case 'contact':
      return `${c.subject === 'variable' ? 'vars' : 'contact'}.${c.field} ${operator}${c.value !== undefined ? ` ${Array.isArray(c.value) ? c.value.join('/') : c.value}` : ''}`;
    case 'tag':
      return t('body.branchTag', { operator, value: c.value });
    case 'business-hours':
      return c.operator === 'is-open' ? t('body.openNow') : t('body.closedNow');
    case 'time':
      return `${operator} ${c.from}–${c.to}`;
    case 'weekday':
      return `${operator} ${c.value.map((day) => enumValue(t, 'value', day)).join(t('body.listSeparator'))}`;
  }
}

export const branchView: StepView<'branch'> = {
  icon: Split,
  Body: function Body({ data }) {
    const { t } = useTranslation('steps');
    return (
      <>
        {data.branches.map((b) => (
          <Preview key={b.id} text={`${b.label ?? b.id}: ${b.conditions.map((c) => describe(t, c)).join(b.match === 'all' ? t('body.and') : t('body.or'))}`} />
        ))}
      </>
    );
  },
  fieldHint: conditionHint,
};

/**
 * A condition's fields: the variable or contact field to test, offered from those the workflow
 * knows; its value required unless the operator needs none ("is set"), where it is not shown.
 */
function conditionHint({ name, parent }: FieldSpot, known: KnownNames): FieldHint | undefined {
  const subject = parent?.subject;
  if (subject === 'variable' || subject === 'contact') {
    if (name === 'field')
      return subject === 'variable'
        ? { label: i18n.t('steps:hints.variable'), suggestions: known.vars }
        : { label: i18n.t('steps:hints.contactField'), suggestions: known.contactFields };
    if (name === 'value') {
      const operator = typeof parent?.operator === 'string' ? parent.operator : '';
      if (valueOperatorsWithoutValue.includes(operator)) return { hidden: true };
      return { required: true, help: operator === 'is-one-of' ? i18n.t('steps:hints.severalValues') : undefined };
    }
  }
  if (subject === 'tag' && name === 'value') return { label: i18n.t('steps:hints.tag'), suggestions: known.tags };
  return undefined;
}
