import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { diffDocuments, summarizeChanges } from '../../shared/document/diff-documents';
import type { WorkflowDocument } from '../../shared/document/workflow-document';
import { workflowsApi, type VersionSummary } from '../api/api-client';
import { formatDateTime } from '../i18n/format';
import { useEditor } from '../state/editor-store';
import { ChangeList } from './live-status';
import { Dialog } from '../ui/dialog';

/** One side of a comparison: a published version's number, or the draft being edited. */
type Side = number | 'draft';

export function VersionsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('editor');
  const sideName = (side: Side) => (side === 'draft' ? t('versions.draft') : t('versions.version', { version: side }));
  const workflowId = useEditor((s) => s.workflowId) as string;
  const publishedVersion = useEditor((s) => s.publishedVersion);
  const [versions, setVersions] = useState<VersionSummary[] | null>(null);
  const [from, setFrom] = useState<Side | null>(null);
  const [to, setTo] = useState<Side>('draft');
  const [comparison, setComparison] = useState<{ title: string; summary: string; lines: string[] } | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    workflowsApi.versions(workflowId).then(
      (list) => {
        setVersions(list);
        setFrom(list[0]?.version ?? null);
      },
      (e: Error) => setError(e.message),
    );
  }, [workflowId]);

  const documentOf = async (side: Side): Promise<WorkflowDocument> =>
    side === 'draft' ? useEditor.getState().document() : (await workflowsApi.version(workflowId, side)).document;

  const restore = async (version: number) => {
    const { document } = await workflowsApi.version(workflowId, version);
    const editor = useEditor.getState();
    editor.checkpoint();
    editor.load(document, publishedVersion);
    useEditor.setState({ saveState: 'unsaved', revision: editor.revision + 1 });
    onClose();
  };

  /** Any two: a version with the draft, or two versions with each other (the same diff as the header's). */
  const compare = async (before: Side, after: Side) => {
    setError(null);
    try {
      const changes = diffDocuments(await documentOf(before), await documentOf(after));
      const summary = changes.length ? summarizeChanges(changes) : t('versions.noDifferences', { after: sideName(after), before: sideName(before) });
      setComparison({ title: `${sideName(before)} → ${sideName(after)}`, summary, lines: changes.map((c) => c.text) });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  const sides: Side[] = ['draft', ...(versions ?? []).map((v) => v.version)];
  const pick = (value: string): Side => (value === 'draft' ? 'draft' : Number(value));

  return (
    <Dialog title={t('versions.title')} label={t('versions.label')} onCancel={onClose}>
      {error ? <p role="alert">{error}</p> : null}
      {versions === null ? <p>{t('versions.loading')}</p> : versions.length === 0 ? <p>{t('versions.none')}</p> : null}
      <ul className="versions">
        {versions?.map((v) => (
          <li key={v.version}>
            <strong>{t('versions.heading', { version: v.version })}</strong> {v.current ? <span className="pill live">{t('versions.live')}</span> : null}{' '}
            <span className="muted">{formatDateTime(v.publishedAt)}</span>
            <button type="button" onClick={() => void compare(v.version, 'draft')}>
              {t('versions.compareWithDraft')}
            </button>
            <button type="button" onClick={() => void restore(v.version)}>
              {t('versions.restore')}
            </button>
          </li>
        ))}
      </ul>
      {versions && versions.length > 0 && from !== null ? (
        <div className="compare-any">
          <SidePicker
            label={t('versions.compare')}
            name={t('versions.compareFrom')}
            value={from}
            sides={sides}
            sideName={sideName}
            onPick={(v) => setFrom(pick(v))}
          />{' '}
          <SidePicker label={t('versions.with')} name={t('versions.compareWith')} value={to} sides={sides} sideName={sideName} onPick={(v) => setTo(pick(v))} />{' '}
          <button type="button" onClick={() => void compare(from, to)}>
            {t('versions.compare')}
          </button>
        </div>
      ) : null}
      {comparison ? (
        <div className="comparison">
          <h3>{comparison.title}</h3>
          <p>{comparison.summary}</p>
          {comparison.lines.length ? <ChangeList lines={comparison.lines} /> : null}
        </div>
      ) : null}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {t('versions.close')}
        </button>
      </div>
    </Dialog>
  );
}

/** One side of "Compare … with …": a version number or the draft. */
function SidePicker<T>(props: { label: string; name: string; value: T; sides: T[]; sideName: (side: T) => string; onPick: (value: string) => void }) {
  return (
    <label>
      {props.label}{' '}
      <select aria-label={props.name} value={String(props.value)} onChange={(e) => props.onPick(e.target.value)}>
        {props.sides.map((side) => (
          <option key={String(side)} value={String(side)}>
            {props.sideName(side)}
          </option>
        ))}
      </select>
    </label>
  );
}
