import type { StepData, StepType } from '../steps';
import type { SchemaType } from '../steps/schema-type';
import type { edgeSchema, noteSchema, settingsSchema } from './workflow-schema';

export type WorkflowSettings = SchemaType<typeof settingsSchema>;
export type BusinessHours = NonNullable<WorkflowSettings['businessHours']>;
export type WorkflowEdge = SchemaType<typeof edgeSchema>;
/** A sticky note: canvas only, never a step. */
export type WorkflowNote = SchemaType<typeof noteSchema>;

/** A step on the canvas: exactly a React Flow node, `data` holding the step's options; `name` is what people call it. */
export type WorkflowNode<T extends StepType = StepType> = T extends StepType
  ? { id: string; type: T; name?: string; position: { x: number; y: number }; data: StepData<T> }
  : never;

/** A workflow as the API accepts it, the editor saves it and `examples/` holds it. */
export interface WorkflowDocument {
  schemaVersion: 1;
  id: string;
  name: string;
  description?: string;
  settings: WorkflowSettings;
  nodes: WorkflowNode[];
  edges: WorkflowEdge[];
  notes?: WorkflowNote[];
}
