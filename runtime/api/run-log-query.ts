import type { Collection, Filter, FindOptions } from '../store/collection';
import type { RunRecord } from '../store/records';
import { HttpError } from './http-error';

export const defaultRunPage = 50;
export const maxRunPage = 100;
/** Reads per page at most: a page of live runs among many test runs stops there, with a cursor to go on. */
const maxBatches = 5;

/** The run log's filters, as GET /api/workflows/:id/runs takes them (strings, checked by the route's schema first). */
export interface RunLogFilters {
  status?: string;
  version?: string;
  from?: string;
  to?: string;
  before?: string;
  test?: string;
  limit?: string;
}

/**
 * The store queries of the run log, newest first. Each has an index: runs by workflow and start,
 * by workflow, status and start, by workflow, version and start (runtime/store/sqlite/run-log-plans.test.ts).
 * Live runs have positive versions and test runs (drafts) negative ones; without a version asked,
 * that is checked on the rows read, so the page is read in the index's order and never sorted.
 */
export function runLogQuery(workflowId: string, filters: RunLogFilters) {
  const test = filters.test === 'true';
  const base: Filter = { workflowId, ...(filters.status ? { status: filters.status } : {}) };
  if (filters.version) {
    if (test) throw new HttpError(400, 'version names a published version: test runs have none');
    base.version = Number(filters.version);
  }
  const range: Record<string, string> = {};
  if (filters.from) range.$gte = moment(filters.from, 'from', false);
  if (filters.to) range.$lt = moment(filters.to, 'to', true);
  const before = filters.before ? moment(filters.before, 'before', false) : undefined;
  const limit = filters.limit ? Number(filters.limit) : defaultRunPage;
  if (!(limit >= 1 && limit <= maxRunPage)) throw new HttpError(400, `limit must be from 1 to ${maxRunPage}`);
  const page = (cursor: string | undefined): { filter: Filter; options: FindOptions } => {
    const end = [range.$lt, cursor].filter((t): t is string => t !== undefined).sort()[0];
    const startedAt = { ...range, ...(end ? { $lt: end } : {}) };
    // One more than the page: whether there is a next one, and where it starts (nextPage).
    return { filter: { ...base, ...(Object.keys(startedAt).length ? { startedAt } : {}) }, options: { sort: { startedAt: -1 }, limit: limit + 1 } };
  };
  // The failed count: by the status index; live ones are all failed ones but the (few) test ones.
  const failedFilters = (test: boolean): Filter[] => {
    const failed = { ...base, status: 'failed', ...(Object.keys(range).length ? { startedAt: range } : {}) };
    if (base.version !== undefined) return [failed];
    const tests = { ...failed, version: { $lt: 0 } };
    return test ? [tests] : [failed, tests];
  };
  const keep = (run: RunRecord) => (test ? run.version < 0 : run.version > 0);
  return { page, before, failedFilters: failedFilters(test), keep, limit };
}

/**
 * A page of runs and the cursor to the next. Batches are read in the index's order until the page
 * is full (test runs among live ones, or the other way round, are skipped), at most maxBatches:
 * then the page is shorter and its cursor goes on from where the reading stopped.
 */
export async function readRunPage(runs: Collection<RunRecord>, workflowId: string, filters: RunLogFilters) {
  const query = runLogQuery(workflowId, filters);
  const kept: RunRecord[] = [];
  let cursor = query.before;
  for (let batch = 0; batch < maxBatches; batch++) {
    const { filter, options } = query.page(cursor);
    const found = await runs.find(filter, options);
    kept.push(...found.filter(query.keep));
    const last = found.at(-1)?.startedAt;
    if (found.length <= query.limit || kept.length > query.limit || last === undefined) return { ...nextPage(kept, query.limit), query };
    // The next batch reads the last millisecond again: runs started then that did not fit are not skipped.
    kept.splice(0, kept.length, ...kept.filter((r) => r.startedAt !== last));
    cursor = new Date(Date.parse(last) + 1).toISOString();
  }
  return { page: kept, nextBefore: cursor ?? null, query };
}

/** How many runs failed under the filters (status and paging aside). */
export async function countFailed(runs: Collection<RunRecord>, query: ReturnType<typeof runLogQuery>): Promise<number> {
  const [all = 0, tests = 0] = await Promise.all(query.failedFilters.map((filter) => runs.count(filter)));
  return query.failedFilters.length === 2 ? all - tests : all;
}

/**
 * A page of runs read with one more than `limit`, and the cursor to the next page. The cursor is a
 * time, exclusive: runs started in the same millisecond as the page's last one, when some do not
 * fit, go to the next page together, so none is skipped.
 */
export function nextPage<T extends { startedAt: string }>(runs: T[], limit: number): { page: T[]; nextBefore: string | null } {
  if (runs.length <= limit) return { page: runs, nextBefore: null };
  const page = runs.slice(0, limit);
  const last = page.at(-1)?.startedAt as string;
  if (runs[limit]?.startedAt !== last) return { page, nextBefore: last };
  const whole = page.filter((r) => r.startedAt !== last);
  // A whole page started in one millisecond: shown as it is (what does not fit is not reachable).
  if (whole.length === 0) return { page, nextBefore: last };
  return { page: whole, nextBefore: new Date(Date.parse(last) + 1).toISOString() };
}

/** A day means its start (`from`) or the start of the next day (`to`, so the day is included); a moment is itself. */
function moment(raw: string, name: string, dayEnd: boolean): string {
  const time = new Date(/T/.test(raw) ? raw : `${raw}T00:00:00.000Z`);
  if (Number.isNaN(time.getTime())) throw new HttpError(400, `${name} must be a day (2026-01-31) or a moment (2026-01-31T09:00:00Z)`);
  if (dayEnd && !/T/.test(raw)) time.setUTCDate(time.getUTCDate() + 1);
  return time.toISOString();
}
