import { Copy, Download, Pause, Pencil, Play, Trash2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('workflows');
  const rename = async () => {
    const name = await askPrompt({ title: t('renameTitle', { name: w.name }), label: t('newName'), initial: w.name, confirmLabel: t('rename') });
    if (!name) return;
    await act(async () => {
      const { document, revision } = await workflowsApi.get(w.id);
      const saved = await workflowSyncApi.save({ ...document, name }, revision);
      if (!saved.ok) throw new Error(saved.body.error ?? `HTTP ${saved.status}`);
    });
  };
  const remove = async () => {
    const message = w.publishedVersion ? t('deletePublishedMessage') : t('deleteMessage');
    const yes = await askConfirm({ title: t('deleteTitle', { name: w.name }), message, confirmLabel: t('delete'), danger: true });
    if (yes) await act(() => workflowsApi.remove(w.id));
  };
  const actions: (MenuAction | 'separator')[] = [
    { label: t('menu.rename'), icon: Pencil, onSelect: () => void rename() },
    {
      label: t('menu.duplicate'),
      icon: Copy,
      onSelect: () =>
        void act(async () => {
          const { document } = await workflowsApi.get(w.id);
          await workflowsApi.create({ ...document, id: workflowIdFrom(`${w.id}-copy`, taken()), name: t('copyName', { name: document.name }) });
        }),
    },
    { label: t('menu.export'), icon: Download, onSelect: () => void workflowsApi.get(w.id).then((d) => download(d.document)) },
  ];
  if (w.publishedVersion && !w.paused) actions.push({ label: t('menu.pause'), icon: Pause, onSelect: () => onPause(w) });
  if (w.paused)
    actions.push({
      label: t('menu.resume'),
      icon: Play,
      onSelect: () =>
        void act(async () => {
          await workflowSyncApi.resume(w.id);
          onNotice(t('liveAgain', { name: w.name, version: w.publishedVersion }));
        }),
    });
  actions.push('separator', { label: t('menu.delete'), icon: Trash2, danger: true, onSelect: () => void remove() });
  return <Menu label={t('menu.label', { name: w.name })} actions={actions} />;
}
