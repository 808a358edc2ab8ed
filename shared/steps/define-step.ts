import type { SchemaType } from './schema-type';
import type { TriggerSpec } from './trigger-spec';
import type { ProblemCode } from '../validation/problem';
import type { ValidationContext } from '../validation/validate-workflow';

/** An exit of a step on the canvas; edges leave from it by `sourceHandle === id`. */
export interface Port {
  id: string;
  label: string;
}

/** Where a step appears in the editor's palette. */
export type StepCategory = 'triggers' | 'messages' | 'questions' | 'logic' | 'team' | 'contact' | 'integrations';

/**
 * A problem a step finds in its own options, beyond what the JSON Schema can say. `code` and
 * `params` say `message` for the editor's translation (`problems:<code>`, see validation/problem.ts).
 */
export interface StepIssue extends ProblemCode {
  /** Dotted path inside the step's options, e.g. `options.2.label`; empty for the whole step. */
  field: string;
  message: string;
  severity: 'error' | 'warning';
}

/** What a step makes known to the steps after it. */
export interface StepOutputs {
  vars?: string[];
  contactFields?: string[];
}

/**
 * One step type, as plain data plus pure functions: the single source the editor renders
 * and the runtime executes. `schema` is the JSON Schema of the node's `data`; `TData` is
 * derived from it by `defineStep`. The loose default (`StepDefinition`) is for code that
 * treats every step alike.
 */
// The loose default must accept every step's functions of `data`: `unknown` would refuse them (parameters are contravariant).
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
export type StepDefinition<TType extends string = string, TSchema = object, TData = any> = StepDefinitionBase<TType, TSchema, TData> &
  // A trigger says which events start it and how it ranks; forgetting that fails the type check.
  ({ kind: 'action'; trigger?: never } | { kind: 'trigger'; trigger: TriggerSpec<TData> });

interface StepDefinitionBase<TType extends string, TSchema, TData> {
  type: TType;
  label: string;
  description: string;
  category: StepCategory;
  /** True when the step stops the run until the customer answers or time passes. */
  waits: boolean;
  schema: TSchema;
  defaults: TData;
  ports: (data: TData) => readonly Port[];
  /** `context`: what the installation has (its teams…), when the caller knows it. */
  check?: (data: TData, context?: ValidationContext) => StepIssue[];
  outputs?: (data: TData) => StepOutputs;
  /** Nodes the step continues at without an edge (jump to), with the field that names each. */
  implicitTargets?: (data: TData) => { field: string; nodeId: string }[];
  /** Workflow settings the step cannot work without. */
  needsSettings?: (data: TData) => readonly 'businessHours'[];
}

/** Keeps the literal types of a definition so that `StepType` and the data types derive from it. */
export function defineStep<const TType extends string, const TSchema extends object>(
  definition: StepDefinition<TType, TSchema, NoInfer<SchemaType<TSchema>>>,
): StepDefinition<TType, TSchema, SchemaType<TSchema>> {
  return definition;
}

/** The single `next` port of steps that simply carry on. */
export const nextPort: readonly Port[] = [{ id: 'next', label: 'Next' }];
/** Steps that end the run have no port. */
export const noPorts: readonly Port[] = [];
