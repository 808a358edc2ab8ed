import type { WorkflowNode } from '../../shared/document/workflow-document';
import { findTemplateReferences } from '../../shared/template/find-template-references';
import type { StepContext } from '../steps/step-context';
import type { RunState, TraceStep } from '../store/records';
import type { EventSession } from './event-session';
import type { PublishedWorkflow } from './published-workflows';
import { masked, traceFields, traceUrl, traceValue } from './trace-values';

/** A step's trace entry is at most this long (JSON characters); past it, what it read is left out first. */
export const maxTraceStepChars = 4096;
/** Names noted per list (values read, values set): a step touching more is summarised. */
const maxNamesPerStep = 20;

/**
 * What one step saw and did, for the run log: the values it read (variables, contact fields, the
 * conversation, through templates or conditions), what it set, the messages it sent and the calls
 * it decided. Recorded around the executor, which knows nothing of it: the context it gets reads
 * through here, and the session's lists are compared before and after. Every value goes through
 * trace-values (secrets masked, about 1 KB each); an HTTP step's header values are never noted.
 */
export class StepTrace {
  private readonly read = new Map<string, unknown>();
  private readonly varsBefore: Record<string, string>;
  private readonly fieldsBefore: Record<string, string>;
  private readonly tagsBefore: string[];
  private readonly counts: { outgoing: number; effects: number; messages: number };
  /** Templates whose values go into HTTP headers: what they read is a credential as often as not. */
  private readonly headerTemplates: Set<string>;

  constructor(
    private readonly session: EventSession,
    private readonly run: RunState,
    private readonly workflow: PublishedWorkflow,
    node: WorkflowNode,
  ) {
    this.varsBefore = jsonOfEach(run.vars);
    this.fieldsBefore = jsonOfEach(this.contactFields());
    this.tagsBefore = [...session.contact.tags];
    this.counts = { outgoing: session.outgoing.length, effects: session.effects.length, messages: session.messages.length };
    const headers = node.type === 'http-request' ? (node.data as { headers?: { value?: unknown }[] }).headers : undefined;
    this.headerTemplates = new Set((headers ?? []).map((h) => h.value).filter((v): v is string => typeof v === 'string'));
  }

  /** The executor's context, noting what it reads. */
  wrap(ctx: StepContext): StepContext {
    const note = (name: string, value: unknown) => {
      if (this.read.size < maxNamesPerStep && !this.read.has(name)) this.read.set(name, value);
    };
    const reading = (root: string, target: Record<string, unknown>) =>
      new Proxy(target, {
        get(object, key, receiver) {
          if (typeof key === 'string' && Object.prototype.hasOwnProperty.call(object, key)) note(`${root}.${key}`, object[key]);
          return Reflect.get(object, key, receiver) as unknown;
        },
      });
    const vars = reading('vars', ctx.vars);
    const render = ctx.render.bind(ctx);
    const session = this.session;
    const scope = () => session.templateScope(this.run, this.workflow) as unknown as Record<string, unknown>;
    const tags = ctx.tags;
    const contact = Object.getOwnPropertyDescriptor(ctx, 'contact');
    return Object.defineProperties(
      { ...ctx },
      {
        vars: { value: vars, enumerable: true },
        contact: { get: () => reading('contact', (contact?.get?.call(ctx) ?? contact?.value) as Record<string, unknown>), enumerable: true },
        tags: {
          get: () => {
            note('contact.tags', [...tags]);
            return tags;
          },
          enumerable: true,
        },
        render: {
          value: (text: string, escape?: (value: string) => string) => {
            const secret = this.headerTemplates.has(text);
            for (const ref of findTemplateReferences(text).references) note(ref.expression, secret ? masked : valueAt(scope(), ref.root, ref.path));
            return render(text, escape);
          },
          enumerable: true,
        },
      },
    );
  }

  /** Fills the entry's read / set / sent / calls from what changed while the step ran. */
  finish(step: TraceStep): void {
    const { session } = this;
    if (this.read.size) step.read = named(this.read);
    const set = new Map<string, unknown>();
    changed(this.varsBefore, this.run.vars, 'vars', set);
    changed(this.fieldsBefore, this.contactFields(), 'contact', set);
    const added = session.contact.tags.filter((t) => !this.tagsBefore.includes(t));
    const removed = this.tagsBefore.filter((t) => !session.contact.tags.includes(t));
    if (added.length || removed.length) set.set('contact.tags', { ...(added.length ? { added } : {}), ...(removed.length ? { removed } : {}) });
    const notes = session.messages.slice(this.counts.messages).filter((m) => m.author === 'system');
    for (const [i, m] of notes.entries()) set.set(i ? `note ${i + 1}` : 'note', (m.content as { text?: unknown }).text);
    if (set.size) step.set = named(set);
    const sent = session.outgoing.slice(this.counts.outgoing).map((o) => traceValue(o.message));
    if (sent.length) step.sent = sent;
    const calls = session.effects.slice(this.counts.effects).map(callOf);
    if (calls.length) step.calls = calls;
    if (step.output !== undefined) step.output = traceFields(step.output);
    if (step.input !== undefined) step.input = traceFields(step.input);
    shrink(step);
  }

  private contactFields(): Record<string, unknown> {
    const { contact } = this.session;
    return { ...contact.fields, displayName: contact.displayName, language: contact.language };
  }
}

function jsonOfEach(values: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, JSON.stringify(v) ?? '']));
}

function changed(before: Record<string, string>, after: Record<string, unknown>, root: string, into: Map<string, unknown>): void {
  for (const [key, value] of Object.entries(after)) if ((JSON.stringify(value) ?? '') !== before[key]) into.set(`${root}.${key}`, value ?? null);
  for (const key of Object.keys(before)) if (!(key in after)) into.set(`${root}.${key}`, null);
}

function named(values: Map<string, unknown>): Record<string, unknown> {
  const entries = [...values].slice(0, maxNamesPerStep);
  return Object.fromEntries(entries.map(([name, value]) => [name, traceValue(value ?? null, name.split('.').at(-1))]));
}

function valueAt(scope: Record<string, unknown>, root: string, path: string[]): unknown {
  let current: unknown = scope[root];
  for (const key of path) {
    if (current === null || typeof current !== 'object' || !Object.prototype.hasOwnProperty.call(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** A decided call as the trace shows it: an HTTP call by method, URL (no credentials) and credential name, never its headers or body. */
function callOf(effect: EventSession['effects'][number]): unknown {
  if (effect.kind === 'http') {
    const { method, url, credential } = effect.request;
    return { kind: 'http', method, url: traceUrl(url), ...(credential ? { credential } : {}) };
  }
  if (effect.kind === 'timer') return { kind: 'timer', reason: effect.reason, at: new Date(effect.fireAt).toISOString() };
  const { id: _id, runId: _run, stepId: _step, visit: _visit, ...rest } = effect as unknown as Record<string, unknown>;
  return traceValue(rest);
}

/** Keeps a step's entry under maxTraceStepChars: what it read is left out first, then what it set, sent and called (`omitted` names them). */
function shrink(step: TraceStep): void {
  for (const field of ['read', 'set', 'sent', 'calls', 'input', 'output'] as const) {
    if (JSON.stringify(step).length <= maxTraceStepChars) return;
    if (step[field] === undefined) continue;
    delete step[field];
    step.omitted = [...(step.omitted ?? []), field];
  }
}
