import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Queue } from 'bullmq';
import type { InboundEvent } from '../queue/inbound-event';
import { createRuntimeMetrics } from './metrics';
import { eventually, lineEvent, messagesDelivered, postback, startTestRuntime, textMessage, type TestRuntime } from '../testing/test-runtime';

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** Reads the Prometheus text format: one sample a line, `name{label="value",...} number`. */
function parseMetrics(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match) throw new Error(`not a Prometheus sample: ${line}`);
    const labels = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1], m[2]]));
    samples.push({ name: match[1], labels, value: Number(match[3]) });
  }
  return samples;
}

/** The value of the one sample with this name and (at least) these labels; undefined when absent. */
function valueOf(samples: Sample[], name: string, labels: Record<string, string> = {}): number | undefined {
  return samples.find((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))?.value;
}

async function scrape(t: TestRuntime, headers: Record<string, string> = {}) {
  const response = await fetch(`${t.url}/metrics`, { headers });
  return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
}

describe('GET /metrics after a conversation over a signed LINE webhook', () => {
  let t: TestRuntime;
  let samples: Sample[];
  let contentType: string | null;
  const user = 'Umetrics00000000000000000000001';
  const refused = 'Umetrics00000000000000000000002';

  beforeAll(async () => {
    t = await startTestRuntime();
    await t.publishExample('faq-menu');
    // A conversation to its end: "menu", then the Business hours button.
    await t.webhook([lineEvent(t.line, user, textMessage('menu'))]);
    const [menu] = await messagesDelivered(t.line, user, 1);
    await t.webhook([lineEvent(t.line, user, postback(menu.quickReply.items[0].action.data))]);
    await messagesDelivered(t.line, user, 2);
    // LINE refuses one reply outright: the call is counted with its status and the run fails.
    t.line?.failNext('reply', 1, 400, { message: 'The request body has 1 error(s)' });
    await t.webhook([lineEvent(t.line, refused, textMessage('menu'))]);
    // Counters move just after LINE answers; wait for the last of them.
    const scraped = await eventually(
      async () => {
        const answer = await scrape(t);
        const parsed = parseMetrics(answer.text);
        const done =
          (valueOf(parsed, 'lineflow_events_handled_total', { kind: 'postback' }) ?? 0) >= 1 &&
          (valueOf(parsed, 'lineflow_runs_ended_total', { status: 'failed' }) ?? 0) >= 1 &&
          (valueOf(parsed, 'lineflow_events_handled_total', { kind: 'message' }) ?? 0) >= 2;
        return done ? { ...answer, parsed } : null;
      },
      10_000,
      'the conversation counted in /metrics',
    );
    expect(scraped.status).toBe(200);
    samples = scraped.parsed;
    contentType = scraped.type;
  });
  afterAll(() => t.stop());

  it('answers in the Prometheus text format', () => {
    expect(contentType).toMatch(/^text\/plain; version=0\.0\.4/);
  });

  it('counts the events received from LINE and handled, by kind', () => {
    expect(valueOf(samples, 'lineflow_events_received_total', { source: 'line' })).toBeGreaterThanOrEqual(3);
    expect(valueOf(samples, 'lineflow_events_received_total', { source: 'timer' })).toBe(0);
    expect(valueOf(samples, 'lineflow_events_handled_total', { kind: 'message' })).toBeGreaterThanOrEqual(2);
    expect(valueOf(samples, 'lineflow_events_handled_total', { kind: 'postback' })).toBe(1);
    // Nothing failed as an event (LINE's refusal is the run's failure, not the event's).
    expect(valueOf(samples, 'lineflow_events_failed_total', { kind: 'message' })).toBe(0);
    expect(valueOf(samples, 'lineflow_events_dead_lettered_total')).toBe(0);
  });

  it('counts messages by method and the LINE calls by operation and status', () => {
    expect(valueOf(samples, 'lineflow_messages_sent_total', { method: 'reply' })).toBe(2);
    expect(valueOf(samples, 'lineflow_messages_sent_total', { method: 'push' })).toBe(0);
    expect(valueOf(samples, 'lineflow_line_api_calls_total', { operation: 'reply', status: '200' })).toBe(2);
    expect(valueOf(samples, 'lineflow_line_api_calls_total', { operation: 'reply', status: '400' })).toBe(1);
  });

  it('measures event→reply latency once per event that answered', () => {
    const count = valueOf(samples, 'lineflow_event_to_reply_seconds_count');
    const sum = valueOf(samples, 'lineflow_event_to_reply_seconds_sum') ?? -1;
    expect(count).toBe(2);
    expect(sum).toBeGreaterThan(0);
    expect(sum).toBeLessThan(30);
    expect(valueOf(samples, 'lineflow_event_to_reply_seconds_bucket', { le: '30' })).toBe(2);
    expect(valueOf(samples, 'lineflow_event_to_reply_seconds_bucket', { le: '+Inf' })).toBe(2);
  });

  it('counts runs by outcome', () => {
    expect(valueOf(samples, 'lineflow_runs_ended_total', { status: 'completed' })).toBe(1);
    expect(valueOf(samples, 'lineflow_runs_ended_total', { status: 'failed' })).toBe(1);
    expect(valueOf(samples, 'lineflow_runs_ended_total', { status: 'interrupted' })).toBe(0);
  });

  it('reads the queue on scrape, and serves the process metrics', () => {
    const depth = valueOf(samples, 'lineflow_queue_depth');
    expect(depth).toBeGreaterThanOrEqual(0);
    expect(Number.isInteger(depth)).toBe(true);
    expect(valueOf(samples, 'lineflow_queue_oldest_waiting_seconds')).toBeGreaterThanOrEqual(0);
    expect(valueOf(samples, 'lineflow_process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(valueOf(samples, 'lineflow_nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
  });
});

describe('GET /metrics with METRICS_TOKEN set', () => {
  const token = 'metrics-token-0123456789abcdef';
  let t: TestRuntime;
  beforeAll(async () => {
    t = await startTestRuntime({ env: { METRICS_TOKEN: token } });
  });
  afterAll(() => t.stop());

  it('answers 401 without the bearer, or with a wrong one (the admin token included)', async () => {
    const attempts: Record<string, string>[] = [
      {},
      { authorization: 'Bearer wrong-token' },
      { authorization: 'Bearer test-admin-token-0123456789' },
      { authorization: token },
    ];
    for (const headers of attempts) {
      const answer = await scrape(t, headers);
      expect(answer.status, JSON.stringify(headers)).toBe(401);
      expect(JSON.parse(answer.text).error).toMatch(/METRICS_TOKEN/);
    }
  });

  it("answers 200 with the right bearer, counting only this runtime's work", async () => {
    const answer = await scrape(t, { authorization: `Bearer ${token}` });
    expect(answer.status).toBe(200);
    // Its own registry: the conversation held by the other runtime in this process is not here.
    expect(valueOf(parseMetrics(answer.text), 'lineflow_events_received_total', { source: 'line' })).toBe(0);
  });
});

describe('createRuntimeMetrics on its own', () => {
  const base = { timestamp: 1, receivedAt: 1 };
  it('tells where each event came from', async () => {
    const metrics = createRuntimeMetrics();
    const events: InboundEvent[] = [
      { ...base, kind: 'message', id: 'e1', contactId: 'Ucustomer', message: { type: 'text', text: 'hi' } },
      { ...base, kind: 'message', id: 'e2', contactId: 'sim-test-1', message: { type: 'text', text: 'hi' } },
      { ...base, kind: 'start-workflow', id: 'e3', contactId: 'U1', trigger: 'trigger-incoming-webhook', workflowId: 'w', vars: {}, startedBy: 'a hook' },
      { ...base, kind: 'start-workflow', id: 'e4', contactId: 'U1', trigger: 'trigger-shortcut', workflowId: 'w', vars: {}, startedBy: 'an agent' },
      { ...base, kind: 'effect-result', id: 'e5', contactId: 'Ucustomer', effectId: 'x', runId: 'r', visit: 1, result: { status: 200, body: '' } },
      { ...base, kind: 'timer', id: 'e6', contactId: 'Ucustomer', runId: 'r', visit: 1, reason: 'wait' },
    ];
    for (const event of events) metrics.eventReceived(event);
    const samples = parseMetrics(await metrics.registry.metrics());
    const sources = ['line', 'simulator', 'hook', 'agent', 'internal', 'timer'];
    const counts = Object.fromEntries(sources.map((source) => [source, valueOf(samples, 'lineflow_events_received_total', { source })]));
    expect(counts).toEqual({ line: 1, simulator: 1, hook: 1, agent: 1, internal: 1, timer: 1 });
  });

  it("does not time the simulated channel, nor deliveries after an event's first", async () => {
    const metrics = createRuntimeMetrics();
    metrics.messagesSent('simulated', 2, 1_000, 1_500);
    metrics.messagesSent('push', 3, undefined, 1_500);
    metrics.messagesSent('reply', 1, 1_000, 1_250);
    const samples = parseMetrics(await metrics.registry.metrics());
    expect(valueOf(samples, 'lineflow_messages_sent_total', { method: 'push' })).toBe(3);
    expect(valueOf(samples, 'lineflow_event_to_reply_seconds_count')).toBe(1);
    expect(valueOf(samples, 'lineflow_event_to_reply_seconds_sum')).toBe(0.25);
  });

  it('still answers a scrape when the queue cannot be read: the queue gauges read NaN', async () => {
    const broken = { getJobCounts: () => Promise.reject(new Error('Redis is gone')) } as unknown as Queue;
    const metrics = createRuntimeMetrics({ queue: () => broken, oldestWaitingMs: () => Promise.reject(new Error('Redis is gone')) });
    const samples = parseMetrics(await metrics.registry.metrics());
    expect(valueOf(samples, 'lineflow_queue_depth')).toBeNaN();
    expect(valueOf(samples, 'lineflow_queue_oldest_waiting_seconds')).toBeNaN();
    expect(valueOf(samples, 'lineflow_events_dead_lettered_total')).toBe(0);
  });
});
