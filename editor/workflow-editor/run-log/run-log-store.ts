import { create } from 'zustand';
import type { ReplayResult, RunDetail, RunStatus, RunSummary } from '../../../shared/api/runs-api';
import { api, ApiError } from '../../api/api-client';

export interface RunFilters {
  status: RunStatus | '';
  version: string;
  /** Days (yyyy-mm-dd), as the date inputs give them. */
  from: string;
  to: string;
  test: boolean;
}

/**
 * The run log beside the canvas: whether it is open, its filters, the page of runs, the run opened
 * (whose path the canvas shows, run-path-style.tsx) and a replay of its conversation. A store of
 * its own, like the results': nothing here enters the editor's undo history or the document.
 */
export interface RunLogState {
  open: boolean;
  workflowId: string | null;
  filters: RunFilters;
  runs: RunSummary[];
  failed: number;
  nextBefore: string | null;
  loading: boolean;
  error: string | null;
  selected: RunDetail | null;
  replay: { loading: boolean; result: ReplayResult | null; error: string | null } | null;
  toggle: (workflowId: string) => void;
  close: () => void;
  setFilters: (change: Partial<RunFilters>) => void;
  load: (more?: boolean) => Promise<void>;
  select: (runId: string | null) => Promise<void>;
  replayDraft: () => Promise<void>;
  closeReplay: () => void;
}

const noFilters: RunFilters = { status: '', version: '', from: '', to: '', test: false };
const message = (error: unknown) => (error instanceof ApiError ? error.message : String(error));

export const useRunLog = create<RunLogState>()((set, get) => ({
  open: false,
  workflowId: null,
  filters: noFilters,
  runs: [],
  failed: 0,
  nextBefore: null,
  loading: false,
  error: null,
  selected: null,
  replay: null,
  toggle: (workflowId) => {
    if (get().open) return get().close();
    // Another workflow's log starts afresh.
    if (get().workflowId !== workflowId) set({ filters: noFilters, runs: [], selected: null });
    set({ open: true, workflowId });
    void get().load();
  },
  close: () => set({ open: false, selected: null, replay: null }),
  setFilters: (change) => {
    set((s) => ({ filters: { ...s.filters, ...change } }));
    void get().load();
  },
  load: async (more = false) => {
    const { workflowId, filters, nextBefore } = get();
    if (!workflowId) return;
    set({ loading: true, error: null });
    try {
      const query = {
        ...(filters.status ? { status: filters.status } : {}),
        ...(filters.version ? { version: filters.version } : {}),
        ...(filters.from ? { from: filters.from } : {}),
        ...(filters.to ? { to: filters.to } : {}),
        ...(filters.test ? { test: 'true' as const } : {}),
        ...(more && nextBefore ? { before: nextBefore } : {}),
      };
      const page = await api('listWorkflowRuns', { params: { id: workflowId }, query });
      // An answer to filters changed since is dropped: the newer request's answer is the one shown.
      if (get().filters !== filters) return;
      set((s) => ({ runs: more ? [...s.runs, ...page.runs] : page.runs, failed: page.failed, nextBefore: page.nextBefore, loading: false }));
    } catch (error) {
      set({ loading: false, error: message(error) });
    }
  },
  select: async (runId) => {
    if (!runId) return set({ selected: null, replay: null });
    try {
      const { run } = await api('getRun', { params: { id: runId } });
      set({ selected: run, replay: null, error: null });
    } catch (error) {
      set({ error: message(error) });
    }
  },
  replayDraft: async () => {
    const { workflowId, selected } = get();
    if (!workflowId || !selected?.conversationId) return;
    set({ replay: { loading: true, result: null, error: null } });
    try {
      const result = await api('replayConversation', { params: { id: workflowId }, body: { conversationId: selected.conversationId } });
      set({ replay: { loading: false, result, error: null } });
    } catch (error) {
      set({ replay: { loading: false, result: null, error: message(error) } });
    }
  },
  closeReplay: () => set({ replay: null }),
}));
