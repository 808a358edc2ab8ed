// What the bench prints: each phase as it ends, each system's cost per event, and the summary.
import { cpus } from 'node:os';
import type { PhaseResult } from './load-generator';
import type { SystemResult } from './measure-system';
import { summarize } from './percentiles';

const out = (text: string) => process.stdout.write(`${text}\n`);
const f = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');

export const eventsPerSecond = (r: PhaseResult) => r.samples.length / r.seconds;

export function printPhase(title: string, r: PhaseResult): void {
  const ack = summarize(r.samples.map((s) => s.ackMs));
  const reply = summarize(r.samples.map((s) => s.replyMs));
  out(`  ${title}`);
  out(`    event→reply: ${f(eventsPerSecond(r))}/s over ${f(r.seconds)} s (${r.samples.length} answered, ${r.lost} lost)`);
  out(`    event→LINE call: p50 ${f(reply.p50)} ms  p99 ${f(reply.p99)} ms  max ${f(reply.max)} ms`);
  out(`    webhook ack:     p50 ${f(ack.p50)} ms  p99 ${f(ack.p99)} ms  max ${f(ack.max)} ms`);
}

export function printCosts(r: SystemResult): void {
  const events = r.saturation.samples.length;
  const per = (n: number) => n / events;
  const top = r.redisNet.byCommand
    .slice(0, 8)
    .map(([name, calls]) => `${name} ${f(per(calls))}`)
    .join(', ');
  out(`  per event (saturation, ${events} events; ${f(r.redis.seconds)} s with the settling after it):`);
  out(`    Redis commands: ${f(per(r.redisNet.total))} net of background (${f(per(r.redis.total))} all told); script-internal commands count too`);
  out(`      top: ${top}`);
  out(
    `    Redis CPU: ${f(per(r.redisNet.cpuMs), 3)} ms net   server CPU: ${f(per(r.proc.cpuMs), 3)} ms (${r.name === 'lineflow2' ? 'both processes' : 'one process'})`,
  );
  out(
    `    disk written: ${f(per(r.proc.diskBytes), 0)} B (write_bytes)   data folder growth: ${f(per(r.proc.dataDirBytes), 0)} B (${f(r.proc.dataDirBytes / 1024, 0)} KB in all)`,
  );
  out(
    `    background: ${f(r.idleRedisPerSecond, 0)} Redis commands/s in the idle seconds around the phase (others on this Redis, and the system's own polling)`,
  );
  const { wallMs, busyMs, benchMs } = r.machine;
  const cores = (ms: number) => f(ms / wallMs, 2);
  // Sampled a few ms apart, the parts can overshoot the whole slightly: show that as 0.
  const others = Math.max(0, busyMs - benchMs - r.proc.cpuMs - r.redis.cpuMs);
  out(
    `  CPU in cores over the saturation phase: server ${cores(r.proc.cpuMs)}, Redis (all clients) ${cores(r.redis.cpuMs)}, load generator + fake LINE ${cores(benchMs)}, anything else ${cores(others)} (machine busy ${cores(busyMs)} of ${cpus().length})`,
  );
  if (r.casualty) out(`  WARNING: a process of ${r.name} ended during the run: ${r.casualty}`);
}

export function printSummary(results: SystemResult[], skipped: Map<string, string>, rates: number[]): void {
  const floor = results.find((r) => r.name === 'floor');
  const floorRate = floor ? eventsPerSecond(floor.saturation) : Number.NaN;
  const header = [
    'system',
    'sat ev→reply/s',
    '× floor',
    ...rates.map((rate) => `@${rate}/s reply p50/p99 · ack p99`),
    'sat ack p99',
    'Redis cmd/ev (net)',
    'server CPU ms/ev',
    'Redis CPU ms/ev (net)',
    'disk B/ev (dir growth)',
    'lost',
  ];
  const rows = results.map((r) => {
    const events = r.saturation.samples.length;
    const sat = eventsPerSecond(r.saturation);
    const fixed = r.fixed.map(({ result }) => {
      const reply = summarize(result.samples.map((s) => s.replyMs));
      return `${f(reply.p50)}/${f(reply.p99)} · ${f(summarize(result.samples.map((s) => s.ackMs)).p99)} ms`;
    });
    const lost = r.saturation.lost + r.fixed.reduce((sum, { result }) => sum + result.lost, 0);
    return [
      r.name,
      f(sat),
      f(sat / floorRate, 2),
      ...fixed,
      `${f(summarize(r.saturation.samples.map((s) => s.ackMs)).p99)} ms`,
      f(r.redisNet.total / events),
      f(r.proc.cpuMs / events, 3),
      f(r.redisNet.cpuMs / events, 3),
      `${f(r.proc.diskBytes / events, 0)} (+${f(r.proc.dataDirBytes / events, 0)})`,
      String(lost),
    ];
  });
  for (const [name, reason] of skipped) rows.push([name, `skipped: ${reason}`]);
  out('\nSummary');
  out(table([header, ...rows]));
}

function table(rows: string[][]): string {
  const columns = Math.max(...rows.map((r) => r.length));
  // A skipped system's reason spans the row: it does not widen the first columns.
  const widths = Array.from({ length: columns }, (_, i) => Math.max(...rows.filter((r) => r.length === columns).map((r) => (r[i] ?? '').length)));
  return rows.map((r) => (r.length === columns ? r.map((cell, i) => cell.padEnd(widths[i])).join(' | ') : r.join(' | '))).join('\n');
}
