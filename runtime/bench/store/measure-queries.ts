import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openSqliteStore, sqliteFileName } from '../../store/sqlite/open-sqlite-store';
import { summarize } from '../percentiles';
import { agentIds, runStatuses, workflowIds } from './sample-records';
import { SeededRandom } from './seeded-random';

export interface QueryFigure {
  name: string;
  ms: ReturnType<typeof summarize>;
  /** Rows returned, on average: a query that finds nothing is fast for the wrong reason. */
  meanRows: number;
}

// Fragments that are in no display name: a search for a typo scans as far as it can.
const misses = ['qzx', 'ญญญ', 'ゑゑ', 'zq'];

/**
 * The reads on the inbox's and the editor's paths, `runs` times each with varied arguments.
 * Contact search goes through SQL (the Store has no search method): FTS5 trigram for fragments of
 * three characters or more, LIKE on display_name for shorter ones (trigram cannot match them).
 */
export async function measureQueries(dir: string, conversationIds: string[], runs: number): Promise<QueryFigure[]> {
  const store = openSqliteStore(dir);
  const db = new Database(join(dir, sqliteFileName), { readonly: true });
  const random = new SeededRandom(7);
  const contactCount = (db.prepare('SELECT max(rowid) AS n FROM contacts').get() as { n: number }).n;
  const nameAt = db.prepare('SELECT display_name AS name FROM contacts WHERE rowid = ?').pluck();
  const fragment = (min: number, max: number) => {
    if (random.chance(0.1)) return random.pick(misses.filter((m) => [...m].length >= min && [...m].length <= max));
    const name = [...((nameAt.get(random.int(1, contactCount)) as string | undefined) ?? 'Smith')].filter((c) => c !== ' ');
    const length = Math.min(name.length, random.int(min, max));
    const start = random.int(0, name.length - length);
    return name.slice(start, start + length).join('');
  };
  const trigram = db.prepare('SELECT c.doc FROM contacts_text s JOIN contacts c ON c.rowid = s.rowid WHERE contacts_text MATCH ? LIMIT 20').pluck();
  const like = db.prepare("SELECT doc FROM contacts WHERE display_name LIKE ? ESCAPE '\\' LIMIT 20").pluck();

  const figures: QueryFigure[] = [];
  const measure = async (name: string, query: () => Promise<unknown[]> | unknown[]) => {
    const ms: number[] = [];
    let rows = 0;
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      rows += (await query()).length;
      ms.push(performance.now() - t);
    }
    figures.push({ name, ms: summarize(ms), meanRows: rows / runs });
  };

  await measure('contact search, FTS5 trigram (3-6 chars)', () => {
    const phrase = `"${fragment(3, 6).replaceAll('"', '""')}"`;
    return (trigram.all(phrase) as string[]).map((doc) => JSON.parse(doc));
  });
  await measure('contact search, LIKE (1-2 chars)', () => {
    const pattern = `%${fragment(1, 2).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    return (like.all(pattern) as string[]).map((doc) => JSON.parse(doc));
  });
  await measure("a conversation's messages (sorted by at)", () => store.messages.find({ conversationId: random.pick(conversationIds) }, { sort: { at: 1 } }));
  await measure('open conversations by assignee, by lastMessageAt, limit 50', () =>
    store.conversations.find({ assignee: random.pick(agentIds), status: 'open' }, { sort: { lastMessageAt: -1 }, limit: 50 }),
  );
  await measure("a workflow's runs by status, newest first, limit 50", () =>
    store.runs.find({ workflowId: random.pick(workflowIds), status: random.pick(runStatuses) }, { sort: { startedAt: -1 }, limit: 50 }),
  );
  db.close();
  await store.close();
  return figures;
}
