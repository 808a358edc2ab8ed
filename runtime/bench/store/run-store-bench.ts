// `npm run bench:store`: the embedded SQLite store at a support desk's size, in a temp folder.
// Knobs: BENCH_CONTACTS (100,000), BENCH_MESSAGES (1,000,000), BENCH_EVENTS (20,000 per
// synchronous mode), BENCH_QUERY_RUNS (200). A bench script, so it reads its own knobs.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore, sqliteFileName } from '../../store/sqlite/open-sqlite-store';
import { measureBareInserts } from './measure-bare-inserts';
import { measureCommits } from './measure-commits';
import { measureQueries } from './measure-queries';
import { measureStart } from './measure-start';
import { printStoreReport } from './print-store-report';
import { contactId } from './sample-records';
import { seedStore } from './seed-store';

const knob = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number ≥ 1, got "${process.env[name]}"`);
  return value;
};
const contacts = knob('BENCH_CONTACTS', 100_000);
const messages = knob('BENCH_MESSAGES', 1_000_000);
const events = knob('BENCH_EVENTS', 20_000);
const queryRuns = knob('BENCH_QUERY_RUNS', 200);
const progress = (text: string) => process.stderr.write(`[bench:store] ${text}\n`);

const dir = mkdtempSync(join(tmpdir(), 'lineflow-store-bench-'));
const cleanUp = () => rmSync(dir, { recursive: true, force: true });
process.once('SIGINT', () => {
  cleanUp();
  process.exit(130);
});

try {
  progress(`seeding ${contacts} contacts and ${messages} messages into ${dir}`);
  const store = openSqliteStore(dir);
  const seed = await seedStore(store, { contacts, messages, now: new Date(), onProgress: (done) => progress(`seeded ${done} contacts`) });
  await store.close();
  const databaseMb = statSync(join(dir, sqliteFileName)).size / 1024 / 1024;

  const commits = [];
  for (const synchronous of ['NORMAL', 'FULL'] as const) {
    progress(`${events} event commits, synchronous=${synchronous}`);
    commits.push(await measureCommits(dir, synchronous, contacts, events));
  }
  progress('bare SQLite inserts');
  const bare = { NORMAL: measureBareInserts(dir, 'NORMAL', 50_000), FULL: measureBareInserts(dir, 'FULL', 5_000) };
  progress('start in a fresh process');
  const start = await measureStart(dir, contactId(Math.floor(contacts / 2)));
  progress('queries');
  const queries = await measureQueries(dir, seed.conversationIds, queryRuns);
  printStoreReport({ messages, seed, databaseMb, bare, commits, start, queries });
} finally {
  cleanUp();
}
