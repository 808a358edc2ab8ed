import './workflow-sharing.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { diffDocuments, summarizeChanges } from '../../shared/document/diff-documents';
import { formatDateTime } from '../i18n/format';
import { useDraftSync } from '../state/draft-sync';
import { useEditor } from '../state/editor-store';

/**
 * The header's "what is live": the live version (or paused, or never published) and whether the
 * draft differs from it, with the changes field by field (the same diff as the versions dialog).
 */
export function LiveStatus() {
  const publishedVersion = useEditor((s) => s.publishedVersion);
  // Subscribed to `revision`: rendered again on each change of the draft (not on a selection or a drag under way).
  useEditor((s) => s.revision);
  const live = useDraftSync((s) => s.live);
  const paused = useDraftSync((s) => s.paused);
  const { t } = useTranslation('editor');
  const [open, setOpen] = useState(false);
  const changes = live ? diffDocuments(live.document, useEditor.getState().document()) : [];

  if (!publishedVersion) return <span className="pill">{t('live.draftOnly')}</span>;
  const state = paused ? (
    <span className="pill paused" title={t('live.pausedBy', { name: paused.by.name, time: formatDateTime(paused.at) })}>
      {t('live.paused', { version: publishedVersion })}
    </span>
  ) : (
    <span className="pill live">{t('live.live', { version: publishedVersion })}</span>
  );
  if (!live || live.version !== publishedVersion) return state;
  return (
    <span className="live-status">
      {state}
      {changes.length === 0 ? (
        <span className="muted draft-same">{t('live.draftSame')}</span>
      ) : (
        <button type="button" className="link draft-changes" aria-expanded={open} onClick={() => setOpen((v) => !v)} title={summarizeChanges(changes)}>
          {t('live.changes', { count: changes.length })}
        </button>
      )}
      {open && changes.length > 0 ? (
        <div className="changes-popover" role="dialog" aria-label={t('live.changesTitle')}>
          <strong>{t('live.draftVsLive', { version: live.version })}</strong>
          <p className="muted">{summarizeChanges(changes)}</p>
          <ChangeList lines={changes.map((c) => c.text)} />
          <button type="button" onClick={() => setOpen(false)}>
            {t('live.close')}
          </button>
        </div>
      ) : null}
    </span>
  );
}

/** A diff as a list, additions green, removals red (the marks + − ~ ↔ say it without colour too). */
export function ChangeList({ lines }: { lines: string[] }) {
  const { t } = useTranslation('editor');
  if (lines.length === 0) return <p className="muted">{t('live.noDifferences')}</p>;
  return (
    <ul className="change-list">
      {lines.map((line, i) => (
        <li key={`${i}-${line}`} className={line.startsWith('+') ? 'added' : line.startsWith('−') ? 'removed' : 'changed'}>
          {line}
        </li>
      ))}
    </ul>
  );
}
