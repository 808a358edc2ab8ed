import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RichMenuItem } from '../../shared/api/rich-menus-api';
import type { RichMenuProblem } from '../../shared/rich-menus/rich-menu-rules';
import { api, ApiError } from '../api/api-client';
import { useCodedText } from '../problems/problem-text';
import { AreaCanvas } from './area-canvas';
import { AreaFields } from './area-fields';
import { ImageField } from './image-field';
import { MenuFields } from './menu-fields';
import { byField, draftOf, draftProblems, newDraft, type PendingImage, type RichMenuDraft } from './rich-menu-draft';
import { saveRichMenu } from './save-rich-menu';

export interface Notice {
  kind: 'ok' | 'error';
  text: string;
}

/**
 * One rich menu being made or changed: its fields, its image with the tap areas drawn on it, and
 * what LINE would refuse shown under each field as it is typed (the API's rules, run here too).
 */
export function RichMenuEditor({
  item,
  channelId,
  onSaved,
  onDeleted,
}: {
  item: RichMenuItem | null;
  channelId: string;
  onSaved: (item: RichMenuItem, notice: Notice) => void;
  onDeleted: (notice: Notice) => void;
}) {
  const { t } = useTranslation('richMenus');
  const say = useCodedText();
  const [draft, setDraftState] = useState<RichMenuDraft>(() => (item ? draftOf(item) : newDraft(channelId)));
  const [saved, setSaved] = useState<RichMenuItem | null>(item);
  const [image, setImage] = useState<PendingImage | null>(null);
  const [selected, setSelected] = useState<number | null>(null);
  const [serverProblems, setServerProblems] = useState<RichMenuProblem[]>([]);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  const [deleting, setDeleting] = useState(false);

  const setDraft = (next: RichMenuDraft) => {
    setDraftState(next);
    setServerProblems([]);
  };
  const local = draftProblems(draft, image ?? saved?.image ?? null);
  const problems = byField([...local, ...serverProblems], say);
  const areaMessages = [...local, ...serverProblems].filter(
    (p) => p.field === 'areas' || (p.field.startsWith('areas.') && !p.field.startsWith(`areas.${selected}.`)),
  );
  const failed = (error: unknown) => {
    if (error instanceof ApiError) setServerProblems(fieldProblemsOf(error));
    setNotice({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
  };
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (error) {
      failed(error);
    } finally {
      setBusy(false);
    }
  };

  const save = () =>
    run(async () => {
      if (local.length) return setNotice({ kind: 'error', text: t('fixFirst', { count: local.length }) });
      const answer = await saveRichMenu(draft, saved, image, (created) => setSaved(created));
      setSaved(answer);
      setImage(null);
      setDraftState(draftOf(answer));
      const key = answer.published ? (answer.lineRichMenuId ? 'savedPublished' : 'savedSimulated') : 'savedNoImage';
      const text = t(key, { name: answer.name });
      setNotice({ kind: 'ok', text });
      onSaved(answer, { kind: 'ok', text });
    });

  const setDefault = (on: boolean) =>
    run(async () => {
      if (!saved) return;
      const answer = on ? await api('setDefaultRichMenu', { params: { id: saved.id } }) : await api('cancelDefaultRichMenu', { params: { id: saved.id } });
      setSaved(answer);
      const text = on ? t('nowDefault', { name: answer.name }) : t('noDefault');
      setNotice({ kind: 'ok', text });
      onSaved(answer, { kind: 'ok', text });
    });

  const remove = () =>
    run(async () => {
      if (!saved) return;
      await api('deleteRichMenu', { params: { id: saved.id } });
      onDeleted({ kind: 'ok', text: t('deleted', { name: saved.name }) });
    });

  const area = selected !== null ? draft.areas[selected] : undefined;
  return (
    <section className="rm-editor" aria-label={t('editorLabel')}>
      <header className="rm-editor-header">
        <h3>{saved ? saved.name : t('new')}</h3>
        {saved?.isDefault ? <span className="pill live">{t('default')}</span> : null}
        {saved ? <span className="pill">{saved.published ? (saved.lineRichMenuId ? t('onLine') : t('ready')) : t('noImageShort')}</span> : null}
      </header>
      {notice ? (
        <div className={`notice ${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
          {notice.text}
        </div>
      ) : null}
      <div className="rm-editor-body">
        <div className="rm-form">
          <MenuFields draft={draft} problems={problems} onChange={setDraft} />
          <ImageField
            messages={problems('image')}
            current={image ?? saved?.image ?? null}
            onUnreadable={(why) => setServerProblems([{ field: 'image', message: why }])}
            onPicked={(picked) => {
              setImage(picked);
              setDraft({ ...draft, size: { width: picked.width, height: picked.height } });
            }}
          />
        </div>
        <div className="rm-visual">
          <AreaCanvas
            size={draft.size}
            imageUrl={image?.url ?? saved?.imageUrl ?? null}
            areas={draft.areas}
            selected={selected}
            onSelect={setSelected}
            onDraw={(bounds) => {
              setDraft({ ...draft, areas: [...draft.areas, { bounds, action: { type: 'message', text: '' } }] });
              setSelected(draft.areas.length);
            }}
          />
          <p className="muted">{t('drawHint', { count: draft.areas.length })}</p>
          {areaMessages.length ? (
            <ul className="field-problems" data-testid="problems-areas">
              {areaMessages.map((p) => (
                <li key={`${p.field}:${p.message}`}>{say(p)}</li>
              ))}
            </ul>
          ) : null}
          {area && selected !== null ? (
            <AreaFields
              area={area}
              index={selected}
              problems={problems}
              onChange={(next) => setDraft({ ...draft, areas: draft.areas.map((a, i) => (i === selected ? next : a)) })}
              onRemove={() => {
                setDraft({ ...draft, areas: draft.areas.filter((_, i) => i !== selected) });
                setSelected(null);
              }}
            />
          ) : null}
        </div>
      </div>
      <footer className="rm-editor-footer">
        <button type="button" className="primary" disabled={busy} onClick={() => void save()}>
          {t('save')}
        </button>
        {saved && !saved.isDefault ? (
          <button type="button" disabled={busy || !saved.image} onClick={() => void setDefault(true)} title={saved.image ? undefined : t('imageFirst')}>
            {t('makeDefault')}
          </button>
        ) : null}
        {saved?.isDefault ? (
          <button type="button" disabled={busy} onClick={() => void setDefault(false)}>
            {t('stopDefault')}
          </button>
        ) : null}
        <span className="spacer" />
        {saved ? (
          <button type="button" className="danger" disabled={busy} onClick={() => (deleting ? void remove() : setDeleting(true))}>
            {deleting ? t('reallyDelete') : t('delete')}
          </button>
        ) : null}
      </footer>
    </section>
  );
}

/** The API names each broken field (`{ field, message: "field: …" }`): shown under the field like the editor's own. */
function fieldProblemsOf(error: ApiError): RichMenuProblem[] {
  return error.problems.flatMap((problem) => {
    const field: unknown = (problem as { field?: unknown }).field;
    return typeof field === 'string' ? [{ field, message: problem.message.replace(/^[\w.]+: /, '') }] : [];
  });
}
