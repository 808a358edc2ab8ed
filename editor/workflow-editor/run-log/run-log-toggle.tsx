import { History } from 'lucide-react';
import { useLayoutEffect } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { RunLogPanel } from './run-log-panel';
import { useRunLog } from './run-log-store';
import { RunPathStyle } from './run-path-style';
import { ReplayDialog } from './replay-dialog';
import './run-log.css';

/**
 * The header's "Runs" button, and what it opens: the run log as a side panel of the editor's body
 * (placed there through a portal, so the editor screen only mounts this button), the opened run's
 * path on the canvas, and a replay's comparison.
 */
export function RunLogToggle({ workflowId }: { workflowId: string }) {
  const { t } = useTranslation('workflowEditor');
  const open = useRunLog((s) => s.open);
  // Opened by a click, so the editor's body (a sibling of the header) is on the page by then.
  const body = open ? document.querySelector('.editor-body') : null;
  // Leaving the workflow closes the log: another workflow opens without this one's path drawn.
  useLayoutEffect(() => () => useRunLog.getState().close(), [workflowId]);
  return (
    <>
      <button type="button" className="icon-button" onClick={() => useRunLog.getState().toggle(workflowId)} aria-pressed={open} title={t('runLogToggle.tip')}>
        <History className="icon" aria-hidden="true" /> {t('runLogToggle.label')}
      </button>
      {open && body
        ? createPortal(
            <>
              <RunLogPanel workflowId={workflowId} />
              <RunPathStyle />
              <ReplayDialog />
            </>,
            body,
          )
        : null}
    </>
  );
}
