import type { WorkflowDocument } from '../../shared/document/workflow-document';

/** The examples of examples/, bundled into the editor so any of them can be opened as a new workflow. */
export const examples: WorkflowDocument[] = Object.values(import.meta.glob<WorkflowDocument>('../../examples/*.json', { eager: true, import: 'default' })).sort(
  (a, b) => a.name.localeCompare(b.name),
);
