import { create } from 'zustand';
import type { Problem } from '../../shared/validation/problem';
import { i18n } from '../i18n/i18n';
import { useEditor } from '../state/editor-store';

/**
 * The last publish answer's warnings (LINE's opinion of the messages, keyword clashes), shown in
 * the problems panel until the draft changes: they were said of that draft, not of the next.
 */
export const usePublishWarnings = create<{ workflowId: string | null; revision: number; warnings: Problem[] }>()(() => ({
  workflowId: null,
  revision: -1,
  warnings: [],
}));

export function rememberPublishWarnings(workflowId: string, warnings: Problem[]): void {
  usePublishWarnings.setState({ workflowId, revision: useEditor.getState().revision, warnings });
}

/** The remembered warnings while the draft is the one published, else none. */
export function usePublishWarningsInForce(): Problem[] {
  const remembered = usePublishWarnings();
  const workflowId = useEditor((s) => s.meta.id);
  const revision = useEditor((s) => s.revision);
  return remembered.workflowId === workflowId && remembered.revision === revision ? remembered.warnings : [];
}

/** The publish toast's pointer to the warnings, or nothing. */
export function warningsNote(count: number): string {
  return count ? i18n.t('editor:problems.publishNote', { count }) : '';
}
