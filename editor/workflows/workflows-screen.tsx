import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../i18n/format';
import type { WorkflowDocument } from '../../shared/document/workflow-document';
import { ApiError, workflowsApi, type WorkflowSummary } from '../api/api-client';
import { workflowIdFrom } from '../state/new-ids';
import { examples } from './examples';
import { newWorkflowDocument } from './new-workflow-document';
import { NavBar } from '../app/nav-bar';
import { useViewer } from '../app/viewer';
import { checkImport } from './read-import-file';
import { existingWorkflow, workflowSyncApi, type ExistingWorkflow } from '../api/workflow-sync-api';
import { PauseDialog } from './pause-dialog';
import { WorkflowStatusPill } from './workflow-status-pill';
import { ImportClashDialog, type ImportChoice } from './import-clash-dialog';
import { usePrompt } from '../ui/use-prompt';
import { WorkflowRowMenu } from './workflow-row-menu';

/** All workflows: create, open an example, import, export, duplicate, rename, delete. */
export function WorkflowsScreen() {
  const { t } = useTranslation('workflows');
  const askPrompt = usePrompt();
  const [workflows, setWorkflows] = useState<WorkflowSummary[] | null>(null);
  const [error, setError] = useState<string[] | null>(null);
  const [pausing, setPausing] = useState<WorkflowSummary | null>(null);
  const [clash, setClash] = useState<{ fileName: string; existing: ExistingWorkflow; document: WorkflowDocument } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const readOnly = useViewer().role !== 'admin';

  const refresh = () => workflowsApi.list().then(setWorkflows, (e: Error) => setError([e.message]));
  useEffect(() => {
    void refresh();
  }, []);

  const taken = () => (workflows ?? []).map((w) => w.id);
  const create = async (document: WorkflowDocument) => {
    setError(null);
    try {
      await workflowsApi.create(document);
      window.location.hash = `#/workflows/${encodeURIComponent(document.id)}`;
    } catch (e) {
      setError(e instanceof ApiError ? [e.message, ...e.problems.map((p) => p.message)] : [String(e)]);
    }
  };
  const act = async (what: () => Promise<unknown>) => {
    setError(null);
    try {
      await what();
      await refresh();
    } catch (e) {
      setError(e instanceof ApiError ? [e.message, ...e.problems.map((p) => p.message)] : [String(e)]);
    }
  };

  const open = (id: string) => {
    window.location.hash = `#/workflows/${encodeURIComponent(id)}`;
  };
  /** An import never silently duplicates or overwrites: a taken id asks (ImportClashDialog). */
  const onImport = async (file: File) => {
    setError(null);
    const check = checkImport(file.name, await file.text());
    if (!check.ok) return setError(check.problems);
    const answer = await workflowSyncApi.create(check.document);
    if (answer.ok) return open(answer.body.id);
    const existing = existingWorkflow(answer.status, answer.body);
    if (existing) return setClash({ fileName: file.name, existing, document: check.document });
    setError([answer.body.error ?? `HTTP ${answer.status}`]);
  };
  const resolveClash = async (choice: ImportChoice) => {
    const pending = clash;
    setClash(null);
    if (!pending || choice === 'cancel') return;
    if (choice === 'new') return create({ ...pending.document, id: workflowIdFrom(pending.document.id, taken()) });
    const answer = await workflowSyncApi.create(pending.document, { replace: true });
    if (answer.ok) return open(answer.body.id);
    setError([answer.body.error ?? `HTTP ${answer.status}`]);
  };

  return (
    <>
      <NavBar current="workflows" />
      <main className="workflows-screen">
        <header className="screen-header">
          <h1>{t('title')}</h1>
          <span className="spacer" />
          {readOnly ? <span className="muted">{t('agentsReadOnly')}</span> : null}
          <button
            type="button"
            hidden={readOnly}
            className="primary"
            onClick={() =>
              void askPrompt({ title: t('newWorkflow'), label: t('name'), initial: t('newWorkflow'), confirmLabel: t('create') }).then((name) => {
                if (name) void create(newWorkflowDocument(workflowIdFrom(name, taken()), name));
              })
            }
          >
            {t('newWorkflow')}
          </button>
          <button type="button" hidden={readOnly} onClick={() => fileInput.current?.click()}>
            {t('importJson')}
          </button>
          <input
            ref={fileInput}
            type="file"
            accept="application/json,.json"
            hidden
            data-testid="import-file"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void onImport(file);
            }}
          />
        </header>
        {notice ? (
          <div className="notice ok" role="status">
            {notice}
            <button type="button" className="link" onClick={() => setNotice(null)}>
              {t('dismiss')}
            </button>
          </div>
        ) : null}
        {error ? (
          <div className="notice error" role="alert">
            <strong>{error[0]}</strong>
            {error.length > 1 ? (
              <ul>
                {error.slice(1).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            ) : null}
            <button type="button" className="link" onClick={() => setError(null)}>
              {t('dismiss')}
            </button>
          </div>
        ) : null}
        {workflows === null ? (
          <p>{t('loading')}</p>
        ) : workflows.length === 0 ? (
          <p className="empty">{t('empty')}</p>
        ) : (
          <table className="workflow-table">
            <thead>
              <tr>
                <th>{t('columns.name')}</th>
                <th>{t('columns.status')}</th>
                <th>{t('columns.lastChange')}</th>
                <th>
                  <span className="visually-hidden">{t('columns.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {workflows.map((w) => (
                <tr key={w.id} data-testid={`workflow-${w.id}`}>
                  <td>
                    <a href={`#/workflows/${encodeURIComponent(w.id)}`}>{w.name}</a>
                    <div className="muted">{w.description}</div>
                  </td>
                  <td>
                    <WorkflowStatusPill workflow={w} />
                  </td>
                  <td>{formatDateTime(w.updatedAt)}</td>
                  <td className="row-actions" hidden={readOnly}>
                    <WorkflowRowMenu workflow={w} taken={taken} act={act} onPause={setPausing} onNotice={setNotice} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <section className="examples" hidden={readOnly}>
          <h2>{t('startFromExample')}</h2>
          <div className="example-cards">
            {examples.map((example) => (
              <button
                type="button"
                className="example-card"
                key={example.id}
                data-testid={`example-${example.id}`}
                onClick={() => void create({ ...structuredClone(example), id: workflowIdFrom(example.id, taken()) })}
              >
                <strong>{t(`exampleNames.${example.id}`, { defaultValue: example.name })}</strong>
                <span>{t(`exampleDescriptions.${example.id}`, { defaultValue: example.description })}</span>
              </button>
            ))}
          </div>
        </section>
        {pausing ? (
          <PauseDialog
            workflow={pausing}
            onDone={(message) => {
              setPausing(null);
              if (message) setNotice(message);
              void refresh();
            }}
          />
        ) : null}
        {clash ? <ImportClashDialog fileName={clash.fileName} existing={clash.existing} onChoose={(choice) => void resolveClash(choice)} /> : null}
      </main>
    </>
  );
}
