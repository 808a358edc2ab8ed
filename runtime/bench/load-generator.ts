// Simulated customers: each sends "menu", taps "Business hours" and waits for the answer. The same
// generator drives every system, so their figures differ only by the server.
import { createHmac } from 'node:crypto';
import type { FakeLineServer } from '../testing/fake-line-server';
import { lineEvent, postback, textMessage } from '../testing/test-runtime';

export interface Sample {
  ackMs: number;
  replyMs: number;
}

export interface PhaseResult {
  samples: Sample[];
  /** Events with no answer in time, or refused by the webhook. */
  lost: number;
  conversations: number;
  seconds: number;
}

/** A customer gives up on an answer after this long; it bounds how long a phase can drain. */
const answerTimeoutMs = 10_000;

export class LoadGenerator {
  private readonly pending = new Map<string, (at: number) => void>();
  /** The webhook of the system being measured. */
  url = '';

  constructor(
    private readonly line: FakeLineServer,
    private readonly channelSecret: string,
  ) {
    line.onAccepted = (_endpoint, userId) => this.pending.get(userId)?.(performance.now());
  }

  /** 50 conversations at once; returns how many of their events were answered. */
  async warmUp(users: string): Promise<number> {
    const runs = await Promise.all(Array.from({ length: 50 }, (_, i) => this.conversation(`${users}${i}`)));
    return runs.flat().filter(Boolean).length;
  }

  /** `eventsPerSecond` offered on a fixed schedule whatever the answers, for `seconds`. */
  async fixedLoad(users: string, eventsPerSecond: number, seconds: number): Promise<PhaseResult> {
    const perSecond = eventsPerSecond / 2;
    const total = Math.round(perSecond * seconds);
    const result: PhaseResult = { samples: [], lost: 0, conversations: total, seconds: 0 };
    const started = performance.now();
    const runs: Promise<void>[] = [];
    for (let i = 0; i < total; i++) {
      const wait = started + (i * 1000) / perSecond - performance.now();
      if (wait > 0) await sleep(wait);
      runs.push(this.conversation(`${users}${i}`).then((r) => collect(result, r)));
    }
    await Promise.all(runs);
    result.seconds = (performance.now() - started) / 1000;
    return result;
  }

  /** `concurrency` customers back to back until `users` are served or `maxSeconds` have passed. */
  async saturation(users: string, count: number, concurrency: number, maxSeconds: number): Promise<PhaseResult> {
    const result: PhaseResult = { samples: [], lost: 0, conversations: 0, seconds: 0 };
    const started = performance.now();
    const deadline = started + maxSeconds * 1000;
    let next = 0;
    const customer = async () => {
      while (next < count && performance.now() < deadline) {
        const i = next++;
        collect(result, await this.conversation(`${users}${i}`));
        result.conversations++;
      }
    };
    await Promise.all(Array.from({ length: concurrency }, customer));
    result.seconds = (performance.now() - started) / 1000;
    return result;
  }

  private async conversation(userId: string): Promise<Array<Sample | null>> {
    const menu = await this.event(userId, textMessage('menu'));
    // Without the menu the tap means nothing to the workflow; count it lost as well.
    if (!menu) return [null, null];
    return [menu, await this.event(userId, postback('choice=hours'))];
  }

  /** Posts one signed event and waits for LINE to be called for this customer; null when lost. */
  private async event(userId: string, body: Record<string, unknown>): Promise<Sample | null> {
    const raw = JSON.stringify({ destination: 'bench', events: [lineEvent(this.line, userId, body)] });
    const signature = createHmac('sha256', this.channelSecret).update(raw).digest('base64');
    let timer: NodeJS.Timeout | undefined;
    const answered = new Promise<number | null>((resolve) => {
      this.pending.set(userId, resolve);
      timer = setTimeout(() => resolve(null), answerTimeoutMs);
    });
    const started = performance.now();
    try {
      const response = await fetch(`${this.url}/webhook/line`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-line-signature': signature },
        body: raw,
      });
      const ackMs = performance.now() - started;
      await response.arrayBuffer();
      if (response.status !== 200) return null;
      const at = await answered;
      return at === null ? null : { ackMs, replyMs: at - started };
    } catch {
      return null;
    } finally {
      clearTimeout(timer);
      this.pending.delete(userId);
    }
  }
}

function collect(result: PhaseResult, samples: Array<Sample | null>): void {
  for (const sample of samples) {
    if (sample) result.samples.push(sample);
    else result.lost++;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
