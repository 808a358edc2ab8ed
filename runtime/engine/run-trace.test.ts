import { describe, expect, it } from 'vitest';
import type { RunState, TraceStep } from '../store/records';
import { maxTraceSteps, pushTrace } from './run-steps';
import { masked, traceBody, traceFields, traceUrl, traceValue, traceValueChars } from './trace-values';

describe("what a run's trace keeps", () => {
  it('masks values by their name, auth schemes, URL credentials and every header value', () => {
    expect(traceValue('s3cr3t', 'apiKey')).toBe(masked);
    expect(traceValue('Bearer abc.def')).toBe(`Bearer ${masked}`);
    expect(traceFields({ request: { url: 'https://bot:pw@crm.example.com/t?api_key=k1&q=shoes', headers: { 'X-Anything': 'v' }, token: 't' } })).toEqual({
      request: { url: `https://${masked}@crm.example.com/t?api_key=${masked}&q=shoes`, headers: { 'X-Anything': masked }, token: masked },
    });
    expect(traceUrl('https://crm.example.com/orders?id=7')).toBe('https://crm.example.com/orders?id=7');
    expect(traceBody('{"access_token":"at-1","user":{"password":"pw"},"id":3}')).toBe(`{"access_token":"${masked}","user":{"password":"${masked}"},"id":3}`);
    expect(traceBody('plain text')).toBe('plain text');
  });

  it('cuts each value to about 1 KB', () => {
    const long = 'x'.repeat(5000);
    expect(traceValue(long)).toBe(`${'x'.repeat(traceValueChars)}…`);
    const big = traceValue({ list: Array.from({ length: 500 }, (_, i) => i) });
    expect(typeof big).toBe('string');
    expect((big as string).length).toBe(traceValueChars + 1);
    expect(traceFields({ small: 1, large: long })).toEqual({ small: 1, large: `${'x'.repeat(traceValueChars)}…` });
  });

  it(`keeps the newest ${maxTraceSteps} steps and counts the others`, () => {
    const run = { trace: [] as TraceStep[] } as RunState;
    for (let visit = 1; visit <= maxTraceSteps + 15; visit++) pushTrace(run, { stepId: `s${visit}`, type: 'wait', visit, at: '', durationMs: 0 });
    expect(run.trace).toHaveLength(maxTraceSteps);
    expect(run.trace[0]?.visit).toBe(16);
    expect(run.traceDropped).toBe(15);
  });
});
