import { NotebookPen } from 'lucide-react';
import { Preview } from './preview';
import type { StepView } from './step-view';

export const addNoteView: StepView<'add-note'> = {
  icon: NotebookPen,
  Body: ({ data }) => <Preview text={data.text} />,
};
