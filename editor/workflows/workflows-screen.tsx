import { useEffect, useRef, useState } from 'react';
import type { WorkflowDocument } from '../../shared/document/workflow-document';
import { ApiError, workflowsApi, type WorkflowSummary } from '../api/api-client';
import { workflowIdFrom } from '../state/new-ids';
import { examples } from './examples';
import { NavBar } from '../app/nav-bar';
import { useViewer } from '../app/viewer';
import { checkImport } from './read-import-file';

function blankWorkflow(id: string, name: string): WorkflowDocument {
  return {
    schemaVersion: 1,
    id,
    name,
    settings: { timezone: 'Asia/Tokyo' },
    nodes: [{ id: 'n1', type: 'trigger-keyword', position: { x: 0, y: 0 }, data: { keywords: ['menu'], match: 'exact', interruptsWaitingRun: false } }],
    edges: [],
  };
}

function download(document: WorkflowDocument): void {
  const url = URL.createObjectURL(new Blob([`${JSON.stringify(document, null, 2)}\n`], { type: 'application/json' }));
  const link = Object.assign(window.document.createElement('a'), { href: url, download: `${document.id}.json` });
  link.click();
  URL.revokeObjectURL(url);
}

/** All workflows: create, open an example, import, export, duplicate, rename, delete. */
export function WorkflowsScreen() {
  const [workflows, setWorkflows] = useState<WorkflowSummary[] | null>(null);
  const [error, setError] = useState<string[] | null>(null);
  const [confirmDelete, setConfirmDelete] = useState<WorkflowSummary | null>(null);
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

  const onImport = async (file: File) => {
    const check = checkImport(file.name, await file.text());
    if (!check.ok) return setError(check.problems);
    const document = check.document;
    if (taken().includes(document.id)) {
      // Never over an existing workflow: the import becomes a new one.
      document.id = workflowIdFrom(document.id, taken());
    }
    await create(document);
  };

  return (
    <>
      <NavBar current="workflows" />
      <main className="workflows-screen">
        <header className="screen-header">
          <h1>LineFlow workflows</h1>
          <span className="spacer" />
          {readOnly ? <span className="muted">Agents can look at workflows; admins change them.</span> : null}
          <button
            type="button"
            hidden={readOnly}
            className="primary"
            onClick={() => {
              const name = window.prompt('Name of the new workflow', 'New workflow');
              if (name?.trim()) void create(blankWorkflow(workflowIdFrom(name, taken()), name.trim()));
            }}
          >
            New workflow
          </button>
          <button type="button" hidden={readOnly} onClick={() => fileInput.current?.click()}>
            Import JSON…
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
              Dismiss
            </button>
          </div>
        ) : null}
        {workflows === null ? (
          <p>Loading…</p>
        ) : workflows.length === 0 ? (
          <p className="empty">No workflows yet. Create one, import a file, or start from an example below.</p>
        ) : (
          <table className="workflow-table">
            <thead>
              <tr>
                <th>Name</th>
                <th>Status</th>
                <th>Last change</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {workflows.map((w) => (
                <tr key={w.id} data-testid={`workflow-${w.id}`}>
                  <td>
                    <a href={`#/workflows/${encodeURIComponent(w.id)}`}>{w.name}</a>
                    <div className="muted">{w.description}</div>
                  </td>
                  <td>{w.publishedVersion ? <span className="pill live">Published v{w.publishedVersion}</span> : <span className="pill">Draft</span>}</td>
                  <td>{new Date(w.updatedAt).toLocaleString()}</td>
                  <td className="row-actions" hidden={readOnly}>
                    <button
                      type="button"
                      onClick={() => {
                        const name = window.prompt('New name', w.name);
                        if (name?.trim())
                          void act(async () => {
                            const { document } = await workflowsApi.get(w.id);
                            await workflowsApi.saveDraft({ ...document, name: name.trim() });
                          });
                      }}
                    >
                      Rename
                    </button>
                    <button
                      type="button"
                      onClick={() =>
                        void act(async () => {
                          const { document } = await workflowsApi.get(w.id);
                          await workflowsApi.create({ ...document, id: workflowIdFrom(`${w.id}-copy`, taken()), name: `${document.name} (copy)` });
                        })
                      }
                    >
                      Duplicate
                    </button>
                    <button type="button" onClick={() => void workflowsApi.get(w.id).then((d) => download(d.document))}>
                      Export
                    </button>
                    <button type="button" className="danger" onClick={() => setConfirmDelete(w)}>
                      Delete
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <section className="examples" hidden={readOnly}>
          <h2>Start from an example</h2>
          <div className="example-cards">
            {examples.map((example) => (
              <button
                type="button"
                className="example-card"
                key={example.id}
                data-testid={`example-${example.id}`}
                onClick={() => void create({ ...structuredClone(example), id: workflowIdFrom(example.id, taken()) })}
              >
                <strong>{example.name}</strong>
                <span>{example.description}</span>
              </button>
            ))}
          </div>
        </section>
        {confirmDelete ? (
          <div className="dialog-backdrop" role="dialog" aria-label="Delete workflow">
            <div className="dialog">
              <p>
                Delete <strong>{confirmDelete.name}</strong>?{' '}
                {confirmDelete.publishedVersion ? 'It is published: new conversations stop using it; runs under way finish.' : ''} This cannot be undone.
              </p>
              <button
                type="button"
                className="danger"
                onClick={() => {
                  const id = confirmDelete.id;
                  setConfirmDelete(null);
                  void act(() => workflowsApi.remove(id));
                }}
              >
                Delete
              </button>
              <button type="button" onClick={() => setConfirmDelete(null)}>
                Cancel
              </button>
            </div>
          </div>
        ) : null}
      </main>
    </>
  );
}
