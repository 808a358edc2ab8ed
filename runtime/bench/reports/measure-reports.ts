import { createHash } from 'node:crypto';
import { reportContext } from '../../reports/report-context';
import type { Store } from '../../store/store';
import { yieldToTimers } from '../store/yield-to-timers';
import type { ReportCase } from './report-cases';

export interface CaseTiming {
  case: ReportCase;
  /** The measured runs (after the warm-up), ms. */
  samples: number[];
  /** The very first run: statements not yet prepared, nothing of the range in this process's caches. */
  firstMs: number;
  rows: number;
  bytes: number;
  /** Of the body: the check without the messages table compares against it. */
  hash: string;
}

export function bodyHash(body: string): string {
  return createHash('sha256').update(body).digest('hex');
}

/**
 * Times what a report request costs without HTTP: reading the company settings into a context,
 * the report itself, and serializing its answer (JSON or CSV), one request after another.
 */
export async function measureReports(
  store: Store,
  cases: ReportCase[],
  options: { runs: number; warmup: number; budgetMs: number },
  progress: (text: string) => void,
): Promise<CaseTiming[]> {
  const timings: CaseTiming[] = [];
  for (const c of cases) {
    const samples: number[] = [];
    let firstMs: number | null = null;
    let last = { body: '', rows: 0 };
    const began = performance.now();
    const run = async () => {
      const started = performance.now();
      last = await c.answer(await reportContext(store, c.filters));
      const ms = performance.now() - started;
      firstMs ??= ms;
      await yieldToTimers();
      return ms;
    };
    // A report far over the aim gets fewer runs (at least three), so the bench ends in minutes.
    for (let i = 0; i < options.warmup && (i === 0 || performance.now() - began < options.budgetMs / 3); i++) await run();
    while (samples.length < options.runs && (samples.length < Math.min(3, options.runs) || performance.now() - began < options.budgetMs))
      samples.push(await run());
    timings.push({ case: c, samples, firstMs: firstMs ?? 0, rows: last.rows, bytes: Buffer.byteLength(last.body), hash: bodyHash(last.body) });
    const sorted = [...samples].sort((a, b) => a - b);
    progress(`${c.report} ${c.range} ${c.filter}: p50 ${sorted[Math.floor(sorted.length / 2)]?.toFixed(1)} ms over ${samples.length} runs`);
  }
  return timings;
}
