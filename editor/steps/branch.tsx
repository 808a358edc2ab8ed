import type { Condition } from '../../shared/steps/branch';
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
  icon: '🔀',
  Body: ({ data }) => (
    <>
      {data.branches.map((b) => (
        <Preview key={b.id} text={`${b.label ?? b.id}: ${b.conditions.map(describe).join(b.match === 'all' ? ' and ' : ' or ')}`} />
      ))}
    </>
  ),
};
