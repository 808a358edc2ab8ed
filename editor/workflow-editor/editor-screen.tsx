import { ChannelScope } from './channel-scope';
import { ReactFlowProvider } from '@xyflow/react';
import { ArrowLeft, Keyboard, Redo2, Undo2 } from 'lucide-react';
import { useEffect, useState } from 'react';
import { api, ApiError, workflowsApi } from '../api/api-client';
import { FlowCanvas } from '../canvas/flow-canvas';
import { Palette } from '../canvas/palette';
import { Inspector } from '../inspector/inspector';
import { autoLayout } from '../layout/auto-layout';
import { ProblemsPanel } from '../problems/problems-panel';
import { rememberPublishWarnings, warningsNote } from '../problems/publish-warnings';
import { setCompanyBusinessHours, useEditor } from '../state/editor-store';
import { unsavedBackup, useAutosave } from '../state/use-autosave';
import { useDraftSync } from '../state/draft-sync';
import { loadLive, loadWorkflow } from '../state/load-workflow';
import { usePresence } from '../state/use-presence';
import { ConflictDialog } from './conflict-dialog';
import { LiveStatus } from './live-status';
import { PresenceBadge } from './presence-badge';
import { TestChat } from '../test-chat/test-chat';
import { shortcutList, useShortcuts } from './use-shortcuts';
import { VersionsDialog } from './versions-dialog';
import { ResultsBar } from './results/results-bar';
import { ResultsToggle } from './results/results-toggle';
import { RunLogToggle } from './run-log/run-log-toggle';
import { useViewer } from '../app/viewer';
import { Dialog } from '../ui/dialog';
import { toast } from '../ui/toast';
import { Tooltip } from '../ui/tooltip';
import { loadKnownTeams } from '../teams/known-teams';

const saveLabels = { saved: 'All changes saved', unsaved: 'Unsaved changes…', saving: 'Saving…', failed: 'Not saved' } as const;

export function EditorScreen({ workflowId }: { workflowId: string }) {
  const [loadError, setLoadError] = useState<string | null>(null);
  // Which workflow is loaded: a different id shows "Loading…" until its document arrives.
  const [loadedId, setLoadedId] = useState<string | null>(null);
  const loaded = loadedId === workflowId;
  const [notice, setNotice] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [testing, setTesting] = useState(false);
  const [showVersions, setShowVersions] = useState(false);
  const [showHelp, setShowHelp] = useState(false);
  const name = useEditor((s) => s.meta.name);
  const saveState = useEditor((s) => s.saveState);
  const saveError = useEditor((s) => s.saveError);
  const errorCount = useEditor((s) => s.problems.filter((p) => p.severity === 'error').length);
  const canUndo = useEditor((s) => s.past.length > 0);
  const canRedo = useEditor((s) => s.future.length > 0);
  const save = useAutosave();
  const readOnly = useViewer().role !== 'admin';

  useEffect(() => {
    // Whether company-wide business hours exist changes what the validator asks of this workflow.
    void api('getBusinessHours').then(
      (r) => setCompanyBusinessHours(r.businessHours !== null),
      () => setCompanyBusinessHours(false),
    );
    // The teams an assign step may name: the validator warns about one that does not exist.
    loadKnownTeams();
    workflowsApi.get(workflowId).then(
      (detail) => {
        loadWorkflow(detail);
        const backup = unsavedBackup(workflowId);
        if (backup) setNotice({ kind: 'error', text: 'This browser kept changes that were not saved last time; they are loaded below.' });
        if (backup) {
          useEditor.getState().load(backup.document, detail.publishedVersion);
          useEditor.setState({ saveState: 'unsaved', revision: 1 });
          // Saved against the revision it was made on: if someone saved since, the save meets the conflict dialog.
          if (backup.baseRevision !== null) useDraftSync.setState({ baseRevision: backup.baseRevision });
        }
        setLoadedId(workflowId);
      },
      (error: Error) => setLoadError(error.message),
    );
  }, [workflowId]);

  const actions = {
    save: () => void save(),
    publish: () => void publish(),
    layout: () => {
      const { nodes, edges, replaceLayout } = useEditor.getState();
      replaceLayout(autoLayout(nodes, edges));
    },
    help: () => setShowHelp((v: boolean) => !v),
  };
  useShortcuts(actions, readOnly);
  usePresence(workflowId, loaded && !readOnly);

  async function publish() {
    setNotice(null);
    if (useEditor.getState().problems.some((p) => p.severity === 'error')) {
      setNotice({ kind: 'error', text: 'Fix the errors listed below before publishing.' });
      return;
    }
    try {
      await save();
      if (useEditor.getState().saveState === 'failed') throw new Error(useEditor.getState().saveError ?? 'The draft could not be saved');
      const { version, created, warnings } = await workflowsApi.publish(workflowId);
      useEditor.getState().setPublishedVersion(version);
      rememberPublishWarnings(workflowId, warnings);
      void loadLive(workflowId, version);
      const paused = useDraftSync.getState().paused ? ' The workflow is paused: resume it from the workflows list to start runs.' : '';
      const text =
        created === false
          ? `Nothing to publish: the draft is version ${version}, which is live.`
          : `Published as version ${version}. New conversations use it now.${paused}${warningsNote(warnings.length)}`;
      toast(text);
    } catch (error) {
      setNotice({ kind: 'error', text: error instanceof ApiError ? `Not published: ${error.message}` : String(error) });
    }
  }

  if (loadError) {
    return (
      <div className="screen-message" role="alert">
        <p>Could not open this workflow: {loadError}</p>
        <a href="#/">Back to the workflows</a>
      </div>
    );
  }
  if (!loaded) return <div className="screen-message">Loading…</div>;

  return (
    <ReactFlowProvider>
      <div className="editor">
        <header className="editor-header">
          <Tooltip text="All workflows">
            <a href="#/" className="back" aria-label="All workflows">
              <ArrowLeft className="icon" aria-hidden="true" />
            </a>
          </Tooltip>
          <h1>{name || 'Untitled'}</h1>
          <span className={`save-state ${saveState}`} role="status" data-testid="save-state" title={saveError ?? ''}>
            {saveLabels[saveState]}
            {saveState === 'failed' ? (
              <>
                {saveError ? <span className="save-reason">: {saveError}</span> : null}{' '}
                <button type="button" className="link" onClick={() => void save()}>
                  Retry
                </button>
              </>
            ) : null}
          </span>
          <LiveStatus />
          <PresenceBadge />
          <span className="spacer" />
          {readOnly ? (
            <span className="pill">Read only: agents can look, admins change</span>
          ) : (
            <>
              <Tooltip text="Undo (Ctrl+Z)">
                <button type="button" className="icon-button" onClick={() => useEditor.getState().undo()} disabled={!canUndo} aria-label="Undo">
                  <Undo2 className="icon" aria-hidden="true" />
                </button>
              </Tooltip>
              <Tooltip text="Redo (Ctrl+Shift+Z)">
                <button type="button" className="icon-button" onClick={() => useEditor.getState().redo()} disabled={!canRedo} aria-label="Redo">
                  <Redo2 className="icon" aria-hidden="true" />
                </button>
              </Tooltip>
              <button type="button" onClick={actions.layout} title="Auto-layout (Shift+L)">
                Tidy up
              </button>
              <button type="button" onClick={() => setShowVersions(true)}>
                Versions
              </button>
              <ChannelScope />
              <ResultsToggle workflowId={workflowId} />
              <RunLogToggle workflowId={workflowId} />
              <Tooltip text="Keyboard shortcuts (?)">
                <button type="button" className="icon-button" onClick={() => setShowHelp((v) => !v)} aria-label="Keyboard shortcuts">
                  <Keyboard className="icon" aria-hidden="true" />
                </button>
              </Tooltip>
              <button type="button" onClick={() => setTesting((v) => !v)} aria-pressed={testing}>
                Test
              </button>
              <button
                type="button"
                className="primary"
                onClick={() => void publish()}
                disabled={errorCount > 0}
                title={errorCount ? 'Fix the errors first' : 'Publish (Ctrl+Enter)'}
              >
                Publish
              </button>
            </>
          )}
        </header>
        <ResultsBar />
        {notice ? (
          <div className={`notice ${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
            {notice.text}
            <button type="button" className="link" onClick={() => setNotice(null)}>
              Dismiss
            </button>
          </div>
        ) : null}
        <div className="editor-body">
          {readOnly ? null : <Palette />}
          <div className="editor-center">
            <FlowCanvas readOnly={readOnly} />
            <ProblemsPanel />
          </div>
          <fieldset className="inspector-frame" disabled={readOnly}>
            <Inspector />
          </fieldset>
          {testing ? <TestChat save={save} onClose={() => setTesting(false)} /> : null}
        </div>
        {showVersions ? <VersionsDialog onClose={() => setShowVersions(false)} /> : null}
        <ConflictDialog workflowId={workflowId} onDone={(text) => toast(text)} />
        {showHelp ? (
          <Dialog title="Keyboard shortcuts" onCancel={() => setShowHelp(false)}>
            <table>
              <tbody>
                {shortcutList.map(([keys, what]) => (
                  <tr key={keys}>
                    <td>
                      <kbd>{keys}</kbd>
                    </td>
                    <td>{what}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <div className="dialog-actions">
              <button type="button" onClick={() => setShowHelp(false)}>
                Close
              </button>
            </div>
          </Dialog>
        ) : null}
      </div>
    </ReactFlowProvider>
  );
}
