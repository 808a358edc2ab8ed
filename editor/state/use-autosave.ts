import { useEffect, useRef } from 'react';
import { ApiError, workflowsApi } from '../api/api-client';
import { useEditor } from './editor-store';

const debounceMs = 800;
const backupKey = (id: string) => `lineflow.unsaved.${id}`;

/**
 * Saves the draft shortly after each change. A save that fails is never silently lost: the state
 * says "failed" with the reason, the draft is kept in this browser, and the next change retries.
 */
export function useAutosave(): () => Promise<void> {
  const revision = useEditor((s) => s.revision);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const saveNow = async () => {
    clearTimeout(timer.current);
    const { workflowId, revision: saving, setSaveState, document } = useEditor.getState();
    if (!workflowId || useEditor.getState().saveState === 'saved') return;
    const draft = document();
    localStorage.setItem(backupKey(workflowId), JSON.stringify(draft));
    setSaveState('saving');
    try {
      await workflowsApi.saveDraft(draft);
      localStorage.removeItem(backupKey(workflowId));
      if (useEditor.getState().revision === saving) setSaveState('saved');
      else setSaveState('unsaved');
    } catch (error) {
      const message = error instanceof ApiError ? (error.problems[0]?.message ?? error.message) : String(error);
      setSaveState('failed', message);
    }
  };

  useEffect(() => {
    if (revision === 0) return;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void saveNow(), debounceMs);
    return () => clearTimeout(timer.current);
  }, [revision]);

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (useEditor.getState().saveState !== 'saved') event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, []);

  return saveNow;
}

/** A draft this browser kept because saving it failed, if any. */
export function unsavedBackup(id: string): string | null {
  return localStorage.getItem(backupKey(id));
}
