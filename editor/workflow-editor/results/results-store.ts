import { create } from 'zustand';
import type { WorkflowReport } from '../../../shared/api/reports-api';

export type ResultsRange = 'last-7-days' | 'last-30-days';
export type StepFunnel = WorkflowReport['steps'][number];

/**
 * "Show results" on the canvas: whether it is on, for which days and version, and the report shown.
 * A store of its own (not the editor's), so results never enter undo history, autosave or the document.
 */
export interface ResultsState {
  on: boolean;
  range: ResultsRange;
  /** The version chosen; null = the live one (the API's default). */
  version: number | null;
  report: WorkflowReport | null;
  /** The report's steps by id, for the nodes to look up their own. */
  byStep: Record<string, StepFunnel> | null;
  loading: boolean;
  error: string | null;
  toggle: () => void;
  setRange: (range: ResultsRange) => void;
  setVersion: (version: number | null) => void;
  /** Called when loading starts (`'loading'`), with the answer, or with why it failed. */
  settle: (outcome: 'loading' | WorkflowReport | Error) => void;
  reset: () => void;
}

const cleared = { report: null, byStep: null, loading: false, error: null };

export const useResults = create<ResultsState>()((set) => ({
  on: false,
  range: 'last-7-days',
  version: null,
  ...cleared,
  toggle: () => set((s) => (s.on ? { on: false, ...cleared } : { on: true })),
  setRange: (range) => set({ range }),
  setVersion: (version) => set({ version }),
  settle: (outcome) =>
    set(
      outcome === 'loading'
        ? { loading: true, error: null }
        : outcome instanceof Error
          ? { ...cleared, error: outcome.message }
          : { report: outcome, byStep: Object.fromEntries(outcome.steps.map((s) => [s.stepId, s])), loading: false, error: null },
    ),
  reset: () => set({ on: false, range: 'last-7-days', version: null, ...cleared }),
}));

/** What one node shows: nothing (off), its counts, or that it is not in the version shown (or not loaded yet). */
export type StepResult = StepFunnel | 'not-in-version' | 'loading' | null;

/**
 * One node's slice of the results. A draft step whose id is missing from the version, or now has
 * another type, was not what those counts measured: it shows "—", not 0.
 */
export function useStepResult(stepId: string, type: string | undefined): StepResult {
  return useResults((s) => {
    // Off, or the report failed (the bar says why): the node shows nothing.
    if (!s.on || s.error) return null;
    if (!s.byStep) return 'loading';
    const step = s.byStep[stepId];
    return step && sameStep(step, type) ? step : 'not-in-version';
  });
}

/** Whether the version's step is the draft's step of that id (an id reused for another type is not). */
export function sameStep(step: StepFunnel, type: string | undefined): boolean {
  return !step.type || step.type === type;
}
