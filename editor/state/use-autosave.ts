import { useEffect, useRef } from 'react';
import type { WorkflowDocument } from '../../shared/document/workflow-document';
import { savedByOthers, workflowSyncApi } from '../api/workflow-sync-api';
import { i18n } from '../i18n/i18n';
import { useDraftSync } from './draft-sync';
import { useEditor } from './editor-store';

const debounceMs = 800;
const backupKey = (id: string) => `lineflow.unsaved.${id}`;

/** The save under way, if any: there is never more than one, so an older draft never lands after a newer one. */
let running: Promise<void> | null = null;
/** A change came while a save was under way: the latest draft is saved as soon as it ends. */
let again = false;

/**
 * Saves the draft now, or right after the save under way (whose promise then also covers this
 * draft). Each save sends the revision it is based on (If-Match): when someone else saved in
 * between, nothing is saved and the conflict waits in draft-sync for the person to choose.
 */
export function saveDraftNow(): Promise<void> {
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    try {
      let ok = true;
      do {
        again = false;
        ok = await saveOnce();
      } while (again && ok);
    } finally {
      running = null;
    }
  })();
  return running;
}

/** One save of the latest draft; false when it failed or met a conflict (nothing more is tried then). */
async function saveOnce(): Promise<boolean> {
  const { workflowId, revision: saving, saveState, setSaveState, document } = useEditor.getState();
  const { baseRevision, conflict } = useDraftSync.getState();
  if (!workflowId || saveState === 'saved' || conflict) return true;
  const draft = document();
  keepBackup(workflowId, baseRevision, draft);
  setSaveState('saving');
  let answer: Awaited<ReturnType<typeof workflowSyncApi.save>>;
  try {
    answer = await workflowSyncApi.save(draft, baseRevision);
  } catch (error) {
    setSaveState('failed', error instanceof Error ? error.message : String(error));
    return false;
  }
  // Another workflow was opened meanwhile: this answer is about the one left.
  if (useEditor.getState().workflowId !== workflowId) return true;
  if (answer.ok) {
    useDraftSync.setState({ baseRevision: answer.body.revision, savedBy: answer.body.updatedBy, savedAt: answer.body.updatedAt });
    if (useEditor.getState().revision !== saving) {
      setSaveState('unsaved');
    } else {
      localStorage.removeItem(backupKey(workflowId));
      setSaveState('saved');
    }
    return true;
  }
  if (answer.status === 401) window.location.reload();
  const theirs = savedByOthers(answer.status, answer.body);
  if (theirs) {
    useDraftSync.setState({ conflict: { ...theirs, mine: draft } });
    setSaveState('failed', i18n.t('editor:save.newerBy', { name: theirs.updatedBy?.name ?? i18n.t('editor:save.someone') }));
    return false;
  }
  const problem = answer.body.problems?.[0];
  setSaveState('failed', (typeof problem === 'string' ? problem : problem?.message) ?? answer.body.error ?? `HTTP ${answer.status}`);
  return false;
}

/**
 * Saves shortly after each change, one at a time. A save that fails is never silently lost: the
 * state says "failed" with the reason, the draft is kept in this browser with the revision it is
 * based on, and the next change retries.
 */
export function useAutosave(): () => Promise<void> {
  const revision = useEditor((s) => s.revision);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => {
    if (revision === 0) return;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void saveDraftNow(), debounceMs);
    return () => clearTimeout(timer.current);
  }, [revision]);

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (useEditor.getState().saveState !== 'saved') event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, []);

  return () => {
    clearTimeout(timer.current);
    return saveDraftNow();
  };
}

function keepBackup(workflowId: string, baseRevision: number, document: WorkflowDocument): void {
  localStorage.setItem(backupKey(workflowId), JSON.stringify({ baseRevision, document }));
}

/** Forgets the draft this browser kept (the person chose theirs, or saved it as a copy). */
export function dropBackup(workflowId: string): void {
  localStorage.removeItem(backupKey(workflowId));
}

/** A draft this browser kept because saving it failed, if any, with the revision it was based on (null: kept by an older editor). */
export function unsavedBackup(id: string): { baseRevision: number | null; document: WorkflowDocument } | null {
  const kept = localStorage.getItem(backupKey(id));
  if (!kept) return null;
  const parsed = JSON.parse(kept) as { baseRevision?: number; document?: WorkflowDocument } & Partial<WorkflowDocument>;
  if (parsed.document && typeof parsed.baseRevision === 'number') return { baseRevision: parsed.baseRevision, document: parsed.document };
  return { baseRevision: null, document: parsed as WorkflowDocument };
}
