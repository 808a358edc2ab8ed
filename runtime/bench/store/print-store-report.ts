import type { CommitFigures } from './measure-commits';
import type { QueryFigure } from './measure-queries';
import type { StartFigures } from './measure-start';
import type { SeedResult } from './seed-store';

export interface StoreReport {
  messages: number;
  seed: SeedResult;
  databaseMb: number;
  bare: { NORMAL: number; FULL: number };
  commits: CommitFigures[];
  start: StartFigures;
  queries: QueryFigure[];
}

const out = (text = '') => process.stdout.write(`${text}\n`);
const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : 1)} ms`;
const rate = (n: number) => `${Math.round(n).toLocaleString('en-US')}/s`;
const bytes = (n: number) => (Number.isNaN(n) ? 'n/a' : `${(n / 1024).toFixed(1)} KiB`);

export function printStoreReport(r: StoreReport): void {
  const seconds = r.seed.durationMs / 1000;
  out(
    `\nEmbedded SQLite store: ${r.seed.contacts.toLocaleString('en-US')} contacts, ${r.messages.toLocaleString('en-US')} messages, ${r.seed.conversationIds.length.toLocaleString('en-US')} conversations and as many runs`,
  );
  out(
    `seeding: ${r.seed.documents.toLocaleString('en-US')} documents in ${seconds.toFixed(1)} s (${rate(r.seed.documents / seconds)}, 1,000 per commit); lineflow.db ${r.databaseMb.toFixed(0)} MB`,
  );
  out(`reference, SQLite alone (WAL, one INSERT INTO t VALUES (?,?) per transaction): NORMAL ${rate(r.bare.NORMAL)}, FULL ${rate(r.bare.FULL)}`);

  for (const c of r.commits) {
    out(`\n== one handled event per transaction, synchronous=${c.synchronous}: ${c.events.toLocaleString('en-US')} events over random contacts ==`);
    out(
      `  events (claimFence + read contact, conversation + commit): ${rate(c.eventsPerSecond)} (${((100 * c.eventsPerSecond) / r.bare[c.synchronous]).toFixed(0)}% of bare inserts)`,
    );
    out(`  commits alone: ${rate(c.commitsPerSecond)} (${((100 * c.commitsPerSecond) / r.bare[c.synchronous]).toFixed(0)}% of bare inserts)`);
    out(`  commit: p50 ${ms(c.commitMs.p50)}, p99 ${ms(c.commitMs.p99)}, max ${ms(c.commitMs.max)}`);
    out(
      `  written per event: files +${bytes(c.written.fileBytes / c.events)} (db + wal), write_bytes ${bytes(c.written.writeBytes / c.events)}, wchar ${bytes(c.written.writeCalls / c.events)}`,
    );
    out(
      `  effect progress (deliver start, deliver complete + message, timer complete): ${c.progressCommits.toLocaleString('en-US')} commits, ${rate(c.progressPerSecond)}, p50 ${ms(c.progressMs.p50)}, p99 ${ms(c.progressMs.p99)}`,
    );
  }

  const s = r.start;
  out(`\n== start in a fresh process (store closed, OS page cache warm) ==`);
  out(
    `  ready (process start → first query answered) ${ms(s.readyMs)}: node+tsx ${ms(s.bootMs)}, imports ${ms(s.importMs)}, openSqliteStore ${ms(s.openMs)}, contacts.get ${ms(s.firstQueryMs)}; spawn to exit ${ms(s.wallMs)}`,
  );
  out(`  resident memory after open and queries: VmRSS ${s.rssMb.toFixed(0)} MB (peak ${s.peakRssMb.toFixed(0)} MB)`);

  out(`\n== queries (${r.queries[0]?.ms.count ?? 0} runs each) ==`);
  for (const q of r.queries) out(`  ${q.name.padEnd(58)} p50 ${ms(q.ms.p50).padStart(9)}  p99 ${ms(q.ms.p99).padStart(9)}  rows ${q.meanRows.toFixed(1)}`);

  const rows: [string, string, string, boolean | null][] = [
    ...r.commits.map((c): [string, string, string, boolean | null] => [
      `event tx/s, ${c.synchronous}`,
      `${rate(c.eventsPerSecond)} (p99 ${ms(c.commitMs.p99)})`,
      `bare ${rate(r.bare[c.synchronous])}`,
      null,
    ]),
    ...r.commits.map((c): [string, string, string, boolean | null] => [`effect progress commits/s, ${c.synchronous}`, rate(c.progressPerSecond), '—', null]),
    ...r.commits.map((c): [string, string, string, boolean | null] => [
      `bytes per event (db+wal growth), ${c.synchronous}`,
      bytes(c.written.fileBytes / c.events),
      '—',
      null,
    ]),
    ['start (process start → first query)', ms(s.readyMs), '< 1000 ms', s.readyMs < 1000],
    ['resident memory after start', `${s.rssMb.toFixed(0)} MB`, '< 200 MB', s.rssMb < 200],
    ...r.queries.map((q): [string, string, string, boolean | null] => {
      const search = q.name.startsWith('contact search');
      return [q.name, `p99 ${ms(q.ms.p99)}`, search ? 'p99 < 20 ms' : '—', search ? q.ms.p99 < 20 : null];
    }),
  ];
  out(`\n== summary ==`);
  out(`  ${'measure'.padEnd(58)} ${'figure'.padEnd(26)} ${'aim'.padEnd(18)} met`);
  for (const [name, figure, aim, met] of rows) out(`  ${name.padEnd(58)} ${figure.padEnd(26)} ${aim.padEnd(18)} ${met === null ? '' : met ? 'yes' : 'NO'}`);
}
