import { Copy, Download, Pause, Pencil, Play, Trash2 } from 'lucide-react';
import type { WorkflowDocument } from '../../shared/document/workflow-document';
import { workflowsApi, type WorkflowSummary } from '../api/api-client';
import { workflowSyncApi } from '../api/workflow-sync-api';
import { workflowIdFrom } from '../state/new-ids';
import { askConfirm, askPrompt } from '../ui/dialog-requests';
import { Menu, type MenuAction } from '../ui/menu';

function download(document: WorkflowDocument): void {
  const url = URL.createObjectURL(new Blob([`${JSON.stringify(document, null, 2)}\n`], { type: 'application/json' }));
  const link = Object.assign(window.document.createElement('a'), { href: url, download: `${document.id}.json` });
  link.click();
  URL.revokeObjectURL(url);
}

/**
 * A workflow row's actions in one menu (rename, duplicate, export, pause or resume, delete): five
 * buttons on every row made the list a wall of buttons, and a keyboard user tabbed through all of them.
 */
export function WorkflowRowMenu({
  workflow: w,
  taken,
  act,
  onPause,
  onNotice,
}: {
  workflow: WorkflowSummary;
  /** The ids in use: a duplicate gets a free one. */
  taken: () => string[];
  /** Runs a change, shows its error, then reloads the list. */
  act: (what: () => Promise<unknown>) => Promise<void>;
  onPause: (workflow: WorkflowSummary) => void;
  onNotice: (text: string) => void;
}) {
  const rename = async () => {
    const name = await askPrompt({ title: `Rename “${w.name}”`, label: 'New name', initial: w.name, confirmLabel: 'Rename' });
    if (!name) return;
    await act(async () => {
      const { document, revision } = await workflowsApi.get(w.id);
      const saved = await workflowSyncApi.save({ ...document, name }, revision);
      if (!saved.ok) throw new Error(saved.body.error ?? `HTTP ${saved.status}`);
    });
  };
  const remove = async () => {
    const live = w.publishedVersion ? 'It is published: new conversations stop using it; runs under way finish. ' : '';
    const yes = await askConfirm({ title: `Delete “${w.name}”?`, message: `${live}This cannot be undone.`, confirmLabel: 'Delete', danger: true });
    if (yes) await act(() => workflowsApi.remove(w.id));
  };
  const actions: (MenuAction | 'separator')[] = [
    { label: 'Rename…', icon: Pencil, onSelect: () => void rename() },
    {
      label: 'Duplicate',
      icon: Copy,
      onSelect: () =>
        void act(async () => {
          const { document } = await workflowsApi.get(w.id);
          await workflowsApi.create({ ...document, id: workflowIdFrom(`${w.id}-copy`, taken()), name: `${document.name} (copy)` });
        }),
    },
    { label: 'Export', icon: Download, onSelect: () => void workflowsApi.get(w.id).then((d) => download(d.document)) },
  ];
  if (w.publishedVersion && !w.paused) actions.push({ label: 'Pause…', icon: Pause, onSelect: () => onPause(w) });
  if (w.paused)
    actions.push({
      label: 'Resume',
      icon: Play,
      onSelect: () =>
        void act(async () => {
          await workflowSyncApi.resume(w.id);
          onNotice(`“${w.name}” is live again: version ${w.publishedVersion} starts runs.`);
        }),
    });
  actions.push('separator', { label: 'Delete…', icon: Trash2, danger: true, onSelect: () => void remove() });
  return <Menu label={`Actions for ${w.name}`} actions={actions} />;
}
