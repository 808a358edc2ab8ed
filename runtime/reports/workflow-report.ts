import { getStepDefinition } from '../../shared/steps';
import type { WorkflowReport, WorkflowRow } from '../../shared/api/reports-api';
import { rangeSummary, type ReportContext } from './report-context';
import type { CsatFact, RunSum } from './report-source';
import { ReportInputError } from './report-range';
import { average } from './summarize';

type RunCounts = WorkflowRow['runs'];

/** Per workflow and version: runs by outcome and the CSAT of the conversations each version served. */
export async function workflowsReport(context: ReportContext): Promise<WorkflowRow[]> {
  const { store, range } = context;
  const [runs, csat, workflows] = await Promise.all([
    store.reports.runs(range.scope, context.filters.workflow),
    store.reports.csat(range.scope),
    store.workflows.find({}),
  ]);
  const names = new Map(workflows.map((w) => [w.id, w.draft.name]));
  const rows = new Map<string, WorkflowRow>();
  for (const run of runs) {
    const key = `${run.workflowId}@${run.version}`;
    let row = rows.get(key);
    if (!row) {
      row = {
        workflowId: run.workflowId,
        name: names.get(run.workflowId) ?? run.workflowId,
        version: run.version,
        runs: emptyRuns(),
        csat: servedCsat(csat, key),
      };
      rows.set(key, row);
    }
    addRun(row.runs, run);
  }
  return [...rows.values()].sort((a, b) => a.name.localeCompare(b.name) || b.version - a.version);
}

/** One version: its runs, the funnel over its steps (in the order of the document) and its CSAT. */
export async function workflowReport(context: ReportContext, workflowId: string, askedVersion?: number): Promise<WorkflowReport | null> {
  const { store, range } = context;
  const record = await store.workflows.get(workflowId);
  if (!record) return null;
  const versions = (await store.versions.find({ workflowId }, { sort: { version: -1 } })).map((v) => v.version);
  const version = askedVersion ?? record.publishedVersion ?? versions[0] ?? null;
  if (askedVersion !== undefined && !versions.includes(askedVersion))
    throw new ReportInputError(`Workflow "${workflowId}" has no version ${askedVersion} (it has ${versions.join(', ') || 'none'})`);
  const base = { range: rangeSummary(context), workflowId, name: record.draft.name, version, versions };
  if (version === null) return { ...base, runs: emptyRuns(), steps: [], csat: { responses: 0, average: null } };
  const [runs, sums, csat, stored] = await Promise.all([
    store.reports.runs(range.scope, workflowId),
    store.reports.steps(range.scope, workflowId, version),
    store.reports.csat(range.scope),
    store.versions.get(`${workflowId}@${version}`),
  ]);
  const counts = emptyRuns();
  for (const run of runs) if (run.version === version) addRun(counts, run);
  const byStep = new Map(sums.map((s) => [s.stepId, s]));
  const nodes = stored?.document.nodes ?? [];
  const steps = nodes.map((node) => {
    const s = byStep.get(node.id);
    return {
      stepId: node.id,
      type: node.type,
      label: getStepDefinition(node.type)?.label ?? node.type,
      reached: s?.reached ?? 0,
      answered: s?.answered ?? 0,
      invalid: s?.invalid ?? 0,
      timedOut: s?.timedOut ?? 0,
      droppedHere: s?.dropped ?? 0,
    };
  });
  return { ...base, runs: counts, steps, csat: servedCsat(csat, `${workflowId}@${version}`) };
}

function emptyRuns(): RunCounts {
  return { started: 0, completed: 0, failed: 0, interrupted: 0, waiting: 0 };
}

function addRun(counts: RunCounts, run: RunSum): void {
  counts.started += run.count;
  if (run.status === 'completed' || run.status === 'failed' || run.status === 'interrupted') counts[run.status] += run.count;
  else counts.waiting = (counts.waiting ?? 0) + run.count;
}

function servedCsat(csat: CsatFact[], served: string): { responses: number; average: number | null } {
  const scores = csat.filter((r) => r.servedBy.includes(served)).map((r) => r.score);
  return { responses: scores.length, average: average(scores) };
}
