import { Zap } from 'lucide-react';
import { Chips, Preview } from './preview';
import type { StepView } from './step-view';

export const triggerShortcutView: StepView<'trigger-shortcut'> = {
  icon: Zap,
  Body: ({ data }) => (
    <>
      <Preview text={data.name} />
      {data.fields.length ? <Chips items={data.fields.map((f) => f.label)} /> : null}
    </>
  ),
};
