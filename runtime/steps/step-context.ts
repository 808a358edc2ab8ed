import type { CustomerAnswer } from '../../shared/answers/match-choice';
import type { WorkflowSettings } from '../../shared/document/workflow-document';
import type { StepData, StepType } from '../../shared/steps';
import type { LineMessage } from '../line/line-transport';
import type { EffectResult } from '../queue/inbound-event';
import type { PendingEffect, StepEffectBase } from '../store/records';
import type { Logger } from '../logging/create-logger';

/** Everything an executor may use; executors import no singleton (tests pass fakes). */
export interface StepContext {
  nodeId: string;
  runId: string;
  /** How many invalid answers this visit of the step has had. */
  attempts: number;
  /** The run's variables; executors set them directly. */
  vars: Record<string, unknown>;
  contact: Readonly<Record<string, unknown>>;
  tags: readonly string[];
  settings: WorkflowSettings;
  now: Date;
  log: Logger;
  /** Renders `{{placeholders}}` with the run's current values; `escape` is applied to each value. */
  render(text: string, escape?: (value: string) => string): string;
  /**
   * Decides an outside effect, carried out once the decision is stored (never while deciding, so
   * a retried event does not repeat it). An effect that answers (HTTP) resumes the step with
   * `{ kind: 'effect-result' }`; the step returns `{ wait: { reason: 'effect' } }` meanwhile.
   */
  emit(effect: EmittedEffect): void;
  /** Queues messages for the customer, in order. */
  send(messages: LineMessage[]): void;
  setContactField(name: string, value: unknown): void;
  addTag(tag: string): void;
  removeTag(tag: string): void;
  addNote(text: string): void;
  /** Closes the conversation once the run stops; `category` is what reports file it under. */
  closeConversation(category?: string): void;
  /** A rating step asked for CSAT in this conversation (the response rate counts it). */
  csatAsked(): void;
  /**
   * Hands the conversation to an agent or a team (for a test contact: only says whom it would).
   * `assignee` null: nobody fits, and the conversation waits in the team's queue when there is a team.
   */
  assign(target: AssignTarget): Promise<AssignOutcome>;
  recordCsat(score: number, scale: number): void;
}

/** A team by its record's id, or by name (documents from before teams had ids); how it assigns is the team's. */
export type AssignTarget = { kind: 'agent'; agent: string; onlineOnly: boolean } | { kind: 'team'; teamId?: string; team?: string; onlineOnly: boolean };

export type AssignOutcome = { assignee: string; team: string | null } | { assignee: null; team: string | null; reason: string };

/** What a step decided: leave by a port, jump, wait, or end the run. */
export type StepResult =
  | { port: string; output?: unknown }
  | { jump: string; output?: unknown }
  | { wait: { minutes?: number; seconds?: number; reason: 'timeout' | 'wait' | 'effect' }; output?: unknown }
  | { end: true; output?: unknown };

/** How a waiting step is woken: by the customer's answer or by its timer. */
export type ResumeInput =
  { kind: 'answer'; answer: CustomerAnswer } | { kind: 'timer'; reason: 'timeout' | 'wait' } | { kind: 'effect-result'; result: EffectResult };

/** The outside effects a step may decide (each kind is carried out by runtime/effects). */
export type EmittedEffect = WithoutStepFields<Extract<PendingEffect, StepEffectBase>>;

/** Distributes over the union, so each kind keeps its own fields. */
type WithoutStepFields<E> = E extends unknown ? Omit<E, keyof StepEffectBase> : never;

export interface StepExecutor<T extends StepType> {
  enter(data: StepData<T>, ctx: StepContext): StepResult | Promise<StepResult>;
  /** Steps that wait are woken here. */
  resume?(data: StepData<T>, ctx: StepContext, input: ResumeInput): StepResult | Promise<StepResult>;
}

/** A step cannot run as configured or with the data it has: a person must fix it. Never retried. */
export class StepError extends Error {
  override name = 'StepError';
}
