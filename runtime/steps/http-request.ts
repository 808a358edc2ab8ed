import { escapeJsonString } from '../../shared/template/render-template';
import { readJsonPath } from './read-json-path';
import type { StepContext, StepExecutor, StepResult } from './step-context';

/** Keeps the trace readable: a long answer is cut here. */
const tracedBodyLength = 500;

function failure(ctx: StepContext, saveStatusTo: string | undefined, status: number, error: string, body?: string): StepResult {
  if (saveStatusTo) ctx.vars[saveStatusTo] = status;
  return { port: 'failure', output: { status, error, ...(body !== undefined ? { body: body.slice(0, tracedBodyLength) } : {}) } };
}

/**
 * Decides the call and waits for its answer: the call itself is an effect made after the decision
 * is stored, once, with an Idempotency-Key (runtime/effects/http-effect.ts).
 */
export const httpRequestStep: StepExecutor<'http-request'> = {
  enter(data, ctx) {
    const url = ctx.render(data.url);
    const headers: Record<string, string> = Object.fromEntries(data.headers.map((h) => [h.name, ctx.render(h.value)]));
    let body: string | undefined;
    if (data.method !== 'GET' && data.body !== undefined && data.body.trim() !== '') {
      // Placeholders are escaped for JSON strings, so a customer's quote cannot break the body.
      body = ctx.render(data.body, escapeJsonString);
      try {
        JSON.parse(body);
      } catch {
        return failure(ctx, data.saveStatusTo, 0, 'The body is not valid JSON once its placeholders are filled in');
      }
      if (!Object.keys(headers).some((name) => name.toLowerCase() === 'content-type')) headers['content-type'] = 'application/json';
    }
    // Only the credential's name goes into the effect (and so the store): its secret is attached when sent.
    const credential = data.credential !== undefined ? { credential: data.credential } : {};
    ctx.emit({
      kind: 'http',
      request: { method: data.method, url, headers, ...(body !== undefined ? { body } : {}), ...credential },
      timeoutMs: data.timeoutSeconds * 1000,
    });
    return { wait: { reason: 'effect' }, output: { request: { method: data.method, url, ...credential } } };
  },

  resume(data, ctx, input) {
    if (input.kind !== 'effect-result') return { wait: { reason: 'effect' } };
    const answer = input.result;
    if ('error' in answer) {
      ctx.log.info({ kind: answer.errorKind }, 'HTTP step got no answer');
      return failure(ctx, data.saveStatusTo, 0, answer.error);
    }
    if (answer.status < 200 || answer.status >= 300) {
      return failure(ctx, data.saveStatusTo, answer.status, `The server answered ${answer.status}`, answer.body);
    }
    if (data.saveStatusTo) ctx.vars[data.saveStatusTo] = answer.status;
    if (data.responseMapping.length === 0) return { port: 'success', output: { status: answer.status } };
    let parsed: unknown;
    try {
      parsed = JSON.parse(answer.body);
    } catch {
      return failure(ctx, data.saveStatusTo, answer.status, 'The answer is not JSON, so no field could be read from it', answer.body);
    }
    const mapped: Record<string, unknown> = {};
    for (const { path, variable } of data.responseMapping) {
      const value = readJsonPath(parsed, path);
      if (value !== undefined) ctx.vars[variable] = mapped[variable] = value;
    }
    return { port: 'success', output: { status: answer.status, mapped } };
  },
};
