import { ChannelScope } from './channel-scope';
import { ReactFlowProvider } from '@xyflow/react';
import { ArrowLeft, Keyboard, Redo2, Undo2 } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { i18n } from '../i18n/i18n';
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

export function EditorScreen({ workflowId }: { workflowId: string }) {
  const { t } = useTranslation('editor');
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
        if (backup) setNotice({ kind: 'error', text: i18n.t('editor:header.backupLoaded') });
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
      setNotice({ kind: 'error', text: t('header.fixErrorsBeforePublish') });
      return;
    }
    try {
      await save();
      if (useEditor.getState().saveState === 'failed') throw new Error(useEditor.getState().saveError ?? t('header.draftNotSaved'));
      const { version, created, warnings } = await workflowsApi.publish(workflowId);
      useEditor.getState().setPublishedVersion(version);
      rememberPublishWarnings(workflowId, warnings);
      void loadLive(workflowId, version);
      const paused = useDraftSync.getState().paused ? t('header.pausedNote') : '';
      const text =
        created === false ? t('header.nothingToPublish', { version }) : `${t('header.published', { version })}${paused}${warningsNote(warnings.length)}`;
      toast(text);
    } catch (error) {
      setNotice({ kind: 'error', text: error instanceof ApiError ? t('header.notPublished', { message: error.message }) : String(error) });
    }
  }

  if (loadError) {
    return (
      <div className="screen-message" role="alert">
        <p>{t('header.couldNotOpen', { message: loadError })}</p>
        <a href="#/">{t('header.backToWorkflows')}</a>
      </div>
    );
  }
  if (!loaded) return <div className="screen-message">{t('header.loading')}</div>;

  return (
    <ReactFlowProvider>
      <div className="editor">
        <header className="editor-header">
          <Tooltip text={t('header.allWorkflows')}>
            <a href="#/" className="back" aria-label={t('header.allWorkflows')}>
              <ArrowLeft className="icon" aria-hidden="true" />
            </a>
          </Tooltip>
          <h1>{name || t('header.untitled')}</h1>
          <span className={`save-state ${saveState}`} role="status" data-testid="save-state" title={saveError ?? ''}>
            {t(`save.${saveState}`)}
            {saveState === 'failed' ? (
              <>
                {saveError ? <span className="save-reason">: {saveError}</span> : null}{' '}
                <button type="button" className="link" onClick={() => void save()}>
                  {t('header.retry')}
                </button>
              </>
            ) : null}
          </span>
          <LiveStatus />
          <PresenceBadge />
          <span className="spacer" />
          {readOnly ? (
            <span className="pill">{t('header.readOnly')}</span>
          ) : (
            <>
              <Tooltip text={t('header.undoTip')}>
                <button type="button" className="icon-button" onClick={() => useEditor.getState().undo()} disabled={!canUndo} aria-label={t('header.undo')}>
                  <Undo2 className="icon" aria-hidden="true" />
                </button>
              </Tooltip>
              <Tooltip text={t('header.redoTip')}>
                <button type="button" className="icon-button" onClick={() => useEditor.getState().redo()} disabled={!canRedo} aria-label={t('header.redo')}>
                  <Redo2 className="icon" aria-hidden="true" />
                </button>
              </Tooltip>
              <button type="button" onClick={actions.layout} title={t('header.tidyUpTip')}>
                {t('header.tidyUp')}
              </button>
              <button type="button" onClick={() => setShowVersions(true)}>
                {t('header.versions')}
              </button>
              <ChannelScope />
              <ResultsToggle workflowId={workflowId} />
              <RunLogToggle workflowId={workflowId} />
              <Tooltip text={t('header.shortcutsTip')}>
                <button type="button" className="icon-button" onClick={() => setShowHelp((v) => !v)} aria-label={t('header.shortcuts')}>
                  <Keyboard className="icon" aria-hidden="true" />
                </button>
              </Tooltip>
              <button type="button" onClick={() => setTesting((v) => !v)} aria-pressed={testing}>
                {t('header.test')}
              </button>
              <button
                type="button"
                className="primary"
                onClick={() => void publish()}
                disabled={errorCount > 0}
                title={errorCount ? t('header.fixErrorsFirst') : t('header.publishTip')}
              >
                {t('header.publish')}
              </button>
            </>
          )}
        </header>
        <ResultsBar />
        {notice ? (
          <div className={`notice ${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
            {notice.text}
            <button type="button" className="link" onClick={() => setNotice(null)}>
              {t('header.dismiss')}
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
          <Dialog title={t('header.shortcuts')} onCancel={() => setShowHelp(false)}>
            <table>
              <tbody>
                {shortcutList.map((id) => (
                  <tr key={id}>
                    <td>
                      <kbd>{t(`shortcuts.${id}Keys`)}</kbd>
                    </td>
                    <td>{t(`shortcuts.${id}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <div className="dialog-actions">
              <button type="button" onClick={() => setShowHelp(false)}>
                {t('header.close')}
              </button>
            </div>
          </Dialog>
        ) : null}
      </div>
    </ReactFlowProvider>
  );
}
