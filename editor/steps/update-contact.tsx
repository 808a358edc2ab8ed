import { Tags } from 'lucide-react';
import { Preview } from './preview';
import type { StepView } from './step-view';

export const updateContactView: StepView<'update-contact'> = {
  icon: Tags,
  Body: ({ data }) => (
    <>
      {data.actions.map((a, i) => (
        <Preview key={i} text={a.kind === 'set-field' ? `Set ${a.field} = ${a.value}` : `${a.kind === 'add-tag' ? 'Add' : 'Remove'} tag ${a.tag}`} />
      ))}
    </>
  ),
};
