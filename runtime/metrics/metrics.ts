import type { Queue } from 'bullmq';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { isSimulatedContact } from '../channels/contact-address';
import type { InboundEvent } from '../queue/inbound-event';
import type { RunState } from '../store/records';

/** Where an event came from: a customer on LINE (or in the editor's simulated chat), a timer, an agent, an incoming webhook, LineFlow itself. */
export type EventSource = 'line' | 'simulator' | 'timer' | 'agent' | 'hook' | 'internal';
export type SendMethod = 'reply' | 'push' | 'simulated';
/** A LINE API call by what it does (a label of `lineflow_line_api_calls_total`). */
export type LineOperation =
  'reply' | 'push' | 'profile' | 'quota' | 'loading' | 'mark-as-read' | 'content' | 'rich-menu' | 'bot-info' | 'webhook-endpoint' | 'validate';

/** What the runtime counts, as `GET /metrics` serves it (Prometheus text format). */
export interface RuntimeMetrics {
  readonly registry: Registry;
  /** A new event was filed (repeats of a known event are not counted). */
  eventReceived(event: InboundEvent): void;
  eventHandled(event: InboundEvent): void;
  /** One failed attempt at an event (it is retried, or set aside after the last). */
  eventFailed(event: InboundEvent): void;
  eventDeadLettered(): void;
  /**
   * LINE accepted `count` messages (or the simulated channel stored them). `eventReceivedAt` is
   * set on the first delivery of an event: its age at `now` is the event→reply latency.
   */
  messagesSent(method: SendMethod, count: number, eventReceivedAt: number | undefined, now: number): void;
  /** `status` is the HTTP status, or `timeout` / `network` when no answer came. */
  lineApiCall(operation: LineOperation, status: string): void;
  /** Counts runs that reached an end; other statuses are ignored. */
  runEnded(status: RunState['status']): void;
  /** LINE redelivered an event (`deliveryContext.isRedelivery`): `new` when its first delivery never arrived, `repeat` when it did (not handled again). */
  lineRedelivery(outcome: 'new' | 'repeat'): void;
}

export interface MetricsOptions {
  /** The event queue, read on each scrape (its depth and the age of its oldest waiting job). */
  queue?: () => Queue;
  /** How long the queue's oldest waiting job has waited (health-check's measure, shared). */
  oldestWaitingMs?: (queue: Queue, now: number) => Promise<number>;
}

/** A scrape must not hang on a lost Redis: a gauge that cannot be read in time reads NaN. */
const scrapeTimeoutMs = 2_000;
const runOutcomes = new Set<RunState['status']>(['completed', 'failed', 'interrupted']);

/**
 * The runtime's metrics in a registry of its own (not prom-client's global one): tests start
 * several runtimes in one process, and each must count only its own work.
 */
export function createRuntimeMetrics(options: MetricsOptions = {}): RuntimeMetrics {
  const registry = new Registry();
  const registers = [registry];
  collectDefaultMetrics({ register: registry, prefix: 'lineflow_' });

  const counter = <L extends string>(name: string, help: string, labelNames: L[] = []) => new Counter<L>({ name, help, labelNames, registers });
  const received = counter('lineflow_events_received_total', 'Events filed for handling, by source', ['source']);
  const handled = counter('lineflow_events_handled_total', 'Events handled, by event kind', ['kind']);
  const failed = counter('lineflow_events_failed_total', 'Failed attempts at handling an event, by event kind', ['kind']);
  const deadLettered = counter('lineflow_events_dead_lettered_total', 'Events set aside as dead letters after repeated failures');
  const latency = new Histogram({
    name: 'lineflow_event_to_reply_seconds',
    help: 'From receiving an event to LINE accepting the first reply or push it caused (the simulated channel is not measured)',
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers,
  });
  const apiCalls = counter('lineflow_line_api_calls_total', 'LINE Messaging API calls, by operation and HTTP status (or timeout / network)', [
    'operation',
    'status',
  ]);
  const sent = counter('lineflow_messages_sent_total', 'Messages sent, by method (reply is free, push counts against the quota)', ['method']);
  const runs = counter('lineflow_runs_ended_total', 'Workflow runs that ended, by outcome', ['status']);
  const redeliveries = counter('lineflow_line_redeliveries_total', 'Events LINE delivered again, by whether LineFlow had them already', ['outcome']);
  // Known label values start at 0, so a rate() sees the first increment.
  for (const source of ['line', 'simulator', 'timer', 'agent', 'hook', 'internal'] satisfies EventSource[]) received.inc({ source }, 0);
  for (const method of ['reply', 'push', 'simulated'] satisfies SendMethod[]) sent.inc({ method }, 0);
  for (const status of runOutcomes) runs.inc({ status }, 0);
  for (const outcome of ['new', 'repeat']) redeliveries.inc({ outcome }, 0);
  for (const kind of Object.keys(sourceOf)) {
    handled.inc({ kind }, 0);
    failed.inc({ kind }, 0);
  }

  const { queue, oldestWaitingMs } = options;
  if (queue) {
    new Gauge({
      name: 'lineflow_queue_depth',
      help: 'Jobs in the event queue: waiting, active and delayed (retries, hand-backs and timers not yet due)',
      registers,
      async collect() {
        this.set(
          await readOrNaN(async () => {
            const counts = await queue().getJobCounts('waiting', 'active', 'delayed');
            return Object.values(counts).reduce((sum, n) => sum + n, 0);
          }),
        );
      },
    });
  }
  if (queue && oldestWaitingMs) {
    new Gauge({
      name: 'lineflow_queue_oldest_waiting_seconds',
      help: 'How long the oldest job waiting for a worker has waited; 0 when none waits',
      registers,
      async collect() {
        this.set(await readOrNaN(async () => (await oldestWaitingMs(queue(), Date.now())) / 1000));
      },
    });
  }

  return {
    registry,
    eventReceived: (event) => received.inc({ source: eventSource(event) }),
    eventHandled: (event) => handled.inc({ kind: event.kind }),
    eventFailed: (event) => failed.inc({ kind: event.kind }),
    eventDeadLettered: () => deadLettered.inc(),
    messagesSent: (method, count, eventReceivedAt, now) => {
      sent.inc({ method }, count);
      if (method !== 'simulated' && eventReceivedAt !== undefined) latency.observe(Math.max(0, now - eventReceivedAt) / 1000);
    },
    lineApiCall: (operation, status) => apiCalls.inc({ operation, status }),
    runEnded: (status) => {
      if (runOutcomes.has(status)) runs.inc({ status });
    },
    lineRedelivery: (outcome) => redeliveries.inc({ outcome }),
  };
}

/** Typed by event kind: a new kind of event fails the type check until it says where it comes from. */
const sourceOf: { [K in InboundEvent['kind']]: (event: Extract<InboundEvent, { kind: K }>) => EventSource } = {
  message: customerSource,
  postback: customerSource,
  follow: customerSource,
  unfollow: customerSource,
  unsend: customerSource,
  timer: () => 'timer',
  'agent-action': () => 'agent',
  'contact-action': () => 'agent',
  'close-conversation': () => 'agent',
  'start-workflow': (event) => (event.trigger === 'trigger-incoming-webhook' ? 'hook' : 'agent'),
  'effect-result': () => 'internal',
};

function eventSource(event: InboundEvent): EventSource {
  return (sourceOf[event.kind] as (event: InboundEvent) => EventSource)(event);
}

function customerSource(event: InboundEvent): EventSource {
  return isSimulatedContact(event.contactId) ? 'simulator' : 'line';
}

async function readOrNaN(read: () => Promise<number>): Promise<number> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<number>((resolve) => (timer = setTimeout(() => resolve(Number.NaN), scrapeTimeoutMs)));
  try {
    return await Promise.race([read(), timeout]);
  } catch {
    return Number.NaN;
  } finally {
    clearTimeout(timer);
  }
}
