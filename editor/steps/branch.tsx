import { Split } from 'lucide-react';
import type { Condition } from '../../shared/steps/branch';
import { valueOperatorsWithoutValue } from '../../shared/steps/schema-parts';
import type { FieldHint, FieldSpot, KnownNames } from '../inspector/field-hints';
import { Preview } from './preview';
import type { StepView } from './step-view';

function describe(c: Condition): string {
  switch (c.subject) {
    case 'variable':
    case 'contact':
      return `${c.subject === 'variable' ? 'vars' : 'contact'}.${c.field} ${c.operator}${c.value !== undefined ? ` ${Array.isArray(c.value) ? c.value.join('/') : c.value}` : ''}`;
    case 'tag':
      return `tag ${c.operator} ${c.value}`;
    case 'business-hours':
      return c.operator === 'is-open' ? 'open now' : 'closed now';
    case 'time':
      return `${c.operator} ${c.from}–${c.to}`;
    case 'weekday':
      return `${c.operator} ${c.value.join(', ')}`;
  }
}

export const branchView: StepView<'branch'> = {
  icon: Split,
  Body: ({ data }) => (
    <>
      {data.branches.map((b) => (
        <Preview key={b.id} text={`${b.label ?? b.id}: ${b.conditions.map(describe).join(b.match === 'all' ? ' and ' : ' or ')}`} />
      ))}
    </>
  ),
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
      return subject === 'variable' ? { label: 'Variable', suggestions: known.vars } : { label: 'Contact field', suggestions: known.contactFields };
    if (name === 'value') {
      const operator = typeof parent?.operator === 'string' ? parent.operator : '';
      if (valueOperatorsWithoutValue.includes(operator)) return { hidden: true };
      return { required: true, help: operator === 'is-one-of' ? 'Several values, separated by commas.' : undefined };
    }
  }
  if (subject === 'tag' && name === 'value') return { label: 'Tag', suggestions: known.tags };
  return undefined;
}
