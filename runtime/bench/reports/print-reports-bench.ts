import { summarize } from '../percentiles';
import type { DatasetFigures } from './dataset-figures';
import type { QueryPlan } from './explain-queries';
import type { HiddenCheck } from './hide-messages';
import type { CaseTiming } from './measure-reports';
import type { Recording } from './recording-store';
import type { ReportCase } from './report-cases';
import type { SeedFigures } from './seed-reports';
import type { SourceBreakdown } from './time-sources';

export interface ReportsBench {
  machine: string;
  /** The 1-minute load average before and after the timed runs: other work on the machine shows here. */
  load: [number, number];
  seed: SeedFigures;
  dataset: DatasetFigures;
  runs: number;
  warmup: number;
  aimMs: number;
  timings: CaseTiming[];
  breakdowns: Map<ReportCase, SourceBreakdown>;
  recording: Recording;
  plans: QueryPlan[];
  hidden: HiddenCheck;
}

const out = (text = '') => process.stdout.write(`${text}\n`);
const n = (value: number) => value.toLocaleString('en-US');
const ms = (value: number) => value.toFixed(1);
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;

export function printReportsBench(r: ReportsBench): void {
  out('\nLineFlow reports benchmark (npm run bench:reports)');
  out(`machine: ${r.machine}`);
  out(`dataset: ${r.dataset.rows.map(([table, count]) => `${table} ${n(count)}`).join(', ')}`);
  out(`lineflow.db: ${mb(r.dataset.fileBytes)}${r.dataset.messagesBytes === null ? '' : ` (messages table and its indexes: ${mb(r.dataset.messagesBytes)})`}`);
  const seconds = r.seed.writeMs / 1000;
  out(
    `seeding: plan ${(r.seed.planMs / 1000).toFixed(1)} s, write ${seconds.toFixed(1)} s: ${n(r.seed.documents)} documents and ${n(r.seed.tallies)} tally upserts in ${n(r.seed.commits)} commits (${n(Math.round(r.seed.documents / seconds))} documents/s)`,
  );
  out(
    `timed: reportContext + report + JSON.stringify (CSV for conversations.csv), one request at a time, ${r.warmup} warm-up + ${r.runs} measured runs each; p99 by nearest rank (with ${r.runs} runs: the ${r.runs >= 100 ? '99th percentile' : 'slowest run'})`,
  );
  out('company time zone Asia/Tokyo; ranges end 2026-06-30, the seed’s last day; "first" is the first run of the case in this process');
  out(
    `load average (1 min) before / after the timed runs: ${r.load.map((l) => l.toFixed(2)).join(' / ')} (this process counts for about 1)${Math.max(...r.load) > 1.8 ? ' — other work shared the cores: figures are pessimistic' : ''}\n`,
  );

  const header = ['report', 'range', 'filter', 'runs', 'p50 ms', 'p99 ms', 'max ms', 'first ms', 'rows out', 'rows read', `p99 < ${r.aimMs} ms`];
  const rows = r.timings.map((t) => {
    const s = summarize(t.samples);
    return [
      t.case.report,
      t.case.range,
      t.case.filter || '—',
      String(s.count),
      ms(s.p50),
      ms(s.p99),
      ms(s.max),
      ms(t.firstMs),
      n(t.rows),
      n(r.recording.rowsRead.get(t.case) ?? 0),
      s.p99 < r.aimMs ? 'yes' : 'NO',
    ];
  });
  table(header, rows);
  const misses = rows.filter((row) => row[10] === 'NO');
  out(
    `\n${rows.length - misses.length} of ${rows.length} cases meet the aim (p99 under ${r.aimMs} ms)${misses.length ? `; missed: ${misses.map((m) => `${m[0]} ${m[1]}${m[2] === '—' ? '' : ` ${m[2]}`}`).join(', ')}` : ''}`,
  );

  out(
    '\nWhere the time goes (one more request, the median of 3 for fast reports, with each store.reports method timed; "rest" is the report\'s own JavaScript, collection reads and serializing):',
  );
  for (const t of r.timings) {
    const b = r.breakdowns.get(t.case);
    if (!b) continue;
    const parts = [...b.methods.filter(([, v]) => v >= 1).map(([name, v, calls]) => `${name}${calls > 1 ? `×${calls}` : ''} ${ms(v)}`), `rest ${ms(b.restMs)}`];
    out(`  ${`${t.case.report} ${t.case.range}${t.case.filter ? ` ${t.case.filter}` : ''}`.padEnd(46)} ${ms(b.totalMs).padStart(7)} ms = ${parts.join(' + ')}`);
  }

  out(`\nQuery plans: the ${r.plans.length} distinct queries the reports ran (EXPLAIN QUERY PLAN with the arguments they ran with)`);
  r.plans.forEach((plan, i) => {
    const q = plan.query;
    out(`[${i + 1}] ${[...q.usedBy].join(', ')} — ${n(q.calls)} calls, ${n(q.rows)} rows returned`);
    out(`    ${shorten(q.sql)}`);
    for (const step of plan.steps) out(`      ${step}`);
  });
  const touching = r.plans.filter((p) => p.touchesMessages);
  out(`\nQueries that read the messages table: ${touching.length === 0 ? 'none' : touching.map((p) => shorten(p.query.sql)).join(' | ')}`);
  const scans = r.plans.filter((p) => p.tableScans.length);
  out(`Whole-table scans: ${scans.length === 0 ? 'none' : scans.map((p) => `${p.tableScans.join(', ')} in [${r.plans.indexOf(p) + 1}]`).join('; ')}`);

  const same = r.hidden.results.filter((x) => x.same).length;
  out(`\nWith the messages table renamed away (ALTER TABLE messages RENAME TO messages_hidden, under the running store):`);
  out(`  ${r.hidden.proof}`);
  out(`  ${same} of ${r.hidden.results.length} report answers are byte-for-byte the same as with it`);
  for (const x of r.hidden.results.filter((y) => !y.same))
    out(`  DIFFERENT: ${x.timing.case.report} ${x.timing.case.range} ${x.timing.case.filter}${x.error ? `: ${x.error}` : ''}`);
}

function table(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const left = new Set([0, 1, 2]);
  const line = (cells: string[]) => cells.map((c, i) => (left.has(i) ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  out(line(header));
  out(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) out(line(row));
}

function shorten(sql: string): string {
  const flat = sql.replace(/\s+/g, ' ').trim();
  return flat.length > 220 ? `${flat.slice(0, 217)}...` : flat;
}
