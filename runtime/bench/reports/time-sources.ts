import { reportContext } from '../../reports/report-context';
import type { ReportSource } from '../../reports/report-source';
import type { Store } from '../../store/store';
import type { ReportCase } from './report-cases';

export interface SourceBreakdown {
  totalMs: number;
  /** Time inside each store.reports method (SQL and turning rows into facts), summed over its calls, and the calls. */
  methods: [string, number, number][];
  /** The rest: the report's own JavaScript, collection reads (users, contacts, workflows) and serializing. */
  restMs: number;
}

/** Where a report's time goes: the same request with every store.reports method timed. */
export async function timeSources(store: Store, c: ReportCase, repeat = 3): Promise<SourceBreakdown> {
  const results: SourceBreakdown[] = [];
  for (let i = 0; i < repeat; i++) {
    const spent = new Map<string, [number, number]>();
    const reports = new Proxy(store.reports, {
      get(target, key: keyof ReportSource) {
        const method = Reflect.get(target, key) as (...args: unknown[]) => Promise<unknown>;
        return (...args: unknown[]) => {
          // SQLite answers synchronously inside the call: timing up to its return (not its
          // resolution, which waits for the other calls of a Promise.all) is the method's own work.
          const started = performance.now();
          const result = method.apply(target, args);
          const label = key === 'conversations' ? `conversations(${String(args[1])})` : String(key);
          const [ms, calls] = spent.get(label) ?? [0, 0];
          spent.set(label, [ms + performance.now() - started, calls + 1]);
          return result;
        };
      },
    });
    const timed: Store = { ...store, reports };
    const started = performance.now();
    await c.answer(await reportContext(timed, c.filters));
    const totalMs = performance.now() - started;
    const methods = [...spent].map(([name, [ms, calls]]): [string, number, number] => [name, ms, calls]).sort((a, b) => b[1] - a[1]);
    const sourceMs = methods.reduce((sum, [, ms]) => sum + ms, 0);
    results.push({ totalMs, methods, restMs: Math.max(0, totalMs - sourceMs) });
  }
  return results.sort((a, b) => a.totalMs - b.totalMs)[Math.floor(repeat / 2)];
}
