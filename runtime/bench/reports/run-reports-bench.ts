// `npm run bench:reports`: every report over a year of a support desk (100,000 conversations,
// 1,000,000 messages, 20,000 CSAT answers, 50 agents in 10 teams) in the embedded SQLite store.
// Knobs: REPORT_RUNS (30 measured runs per case), REPORT_WARMUP (5), REPORT_BUDGET_S (10 s a case:
// a slow report stops after it, with at least 3 runs), KEEP_DATA=1 keeps the temp folder;
// BENCH_CONVERSATIONS / BENCH_CONTACTS / BENCH_MESSAGES / BENCH_CSAT scale the seed.
// A bench script, so it reads its own knobs.
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openSqliteStore, sqliteFileName } from '../../store/sqlite/open-sqlite-store';
import { datasetFigures, machineFacts } from './dataset-figures';
import { explainQueries } from './explain-queries';
import { answerWithoutMessages } from './hide-messages';
import { measureReports } from './measure-reports';
import { printReportsBench } from './print-reports-bench';
import { recordQueries } from './recording-store';
import { reportCases, type ReportCase } from './report-cases';
import { seedReports } from './seed-reports';
import { timeSources, type SourceBreakdown } from './time-sources';

const knob = (name: string, fallback: number, min = 1) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be a whole number ≥ ${min}, got "${process.env[name]}"`);
  return value;
};
const runs = knob('REPORT_RUNS', 30);
const warmup = knob('REPORT_WARMUP', 5, 0);
const budgetMs = knob('REPORT_BUDGET_S', 10) * 1000;
const size = {
  conversations: knob('BENCH_CONVERSATIONS', 100_000),
  contacts: knob('BENCH_CONTACTS', 30_000),
  messages: knob('BENCH_MESSAGES', 1_000_000),
  csat: knob('BENCH_CSAT', 20_000),
};
const keep = process.env.KEEP_DATA === '1';
const aimMs = 300;
const progress = (text: string) => process.stderr.write(`[bench:reports] ${text}\n`);

const dir = mkdtempSync(join(tmpdir(), 'lineflow-reports-bench-'));
const file = join(dir, sqliteFileName);
const cleanUp = () => (keep ? progress(`kept the data in ${dir}`) : rmSync(dir, { recursive: true, force: true }));
process.once('SIGINT', () => {
  cleanUp();
  process.exit(130);
});

try {
  progress(`seeding ${size.conversations} conversations, ${size.messages} messages, ${size.csat} CSAT answers into ${dir}`);
  const store = openSqliteStore(dir, { searchIndexIntervalMs: 0 });
  // A second connection for what the store does not offer: counts, checkpoints, plans, the rename.
  const db = new Database(file);
  try {
    const seed = await seedReports(store, size, progress);
    const dataset = datasetFigures(db, file);
    const cases = reportCases();
    progress(`timing ${cases.length} cases × (${warmup} + ${runs}) runs`);
    const loadBefore = loadavg()[0];
    const timings = await measureReports(store, cases, { runs, warmup, budgetMs }, progress);
    const loadAfter = loadavg()[0];
    progress('timing each store.reports call of every case');
    const breakdowns = new Map<ReportCase, SourceBreakdown>();
    for (const t of timings) breakdowns.set(t.case, await timeSources(store, t.case, Math.min(...t.samples) < aimMs ? 3 : 1));
    progress('recording the queries and explaining their plans');
    const recording = await recordQueries(file, store, cases);
    const plans = explainQueries(db, recording.queries.values());
    progress('asking every report again without the messages table');
    const hidden = await answerWithoutMessages(store, db, timings);
    printReportsBench({
      machine: machineFacts(db),
      load: [loadBefore, loadAfter],
      seed,
      dataset,
      runs,
      warmup,
      aimMs,
      timings,
      breakdowns,
      recording,
      plans,
      hidden,
    });
  } finally {
    db.close();
    await store.close();
  }
} finally {
  cleanUp();
}
