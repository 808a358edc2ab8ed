import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RichMenuChannel, RichMenuItem } from '../../shared/api/rich-menus-api';
import { api, ApiError } from '../api/api-client';
import { NavBar } from '../app/nav-bar';
import { RichMenuEditor, type Notice } from './rich-menu-editor';
import { RichMenuList } from './rich-menu-list';
import './rich-menus.css';

/**
 * Admins' rich menus, per channel: the list on the left, the one being made or changed on the
 * right. Menus of a LINE channel are published to LINE; the simulated channel's show in the test chat.
 */
export function RichMenusScreen() {
  const { t } = useTranslation('richMenus');
  const [channels, setChannels] = useState<RichMenuChannel[]>([]);
  const [channelId, setChannelId] = useState<string | null>(null);
  const [menus, setMenus] = useState<RichMenuItem[]>([]);
  // Which menu is open (null: a new one) and a key that remounts the editor only when another is picked.
  const [open, setOpen] = useState<{ id: string | null; key: number } | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);

  const refresh = useCallback(
    (channel: string | null) =>
      api('listRichMenus', channel ? { query: { channelId: channel } } : {}).then(
        (answer) => {
          setChannels(answer.channels);
          setMenus(answer.richMenus);
          if (!channel) setChannelId(answer.channels[0]?.id ?? null);
        },
        (e: unknown) => setNotice({ kind: 'error', text: e instanceof ApiError ? e.message : String(e) }),
      ),
    [],
  );
  useEffect(() => void refresh(channelId), [refresh, channelId]);

  const channel = channels.find((c) => c.id === channelId);
  const shown = menus.filter((m) => m.channelId === channelId);
  const item = open?.id ? (menus.find((m) => m.id === open.id) ?? null) : null;
  const pick = (id: string | null) => setOpen((current) => ({ id, key: (current?.key ?? 0) + 1 }));

  return (
    <>
      <NavBar current="rich-menus" />
      <main className="workflows-screen rich-menus-screen">
        <h2>{t('title')}</h2>
        <p className="muted">{t('intro')}</p>
        <div className="field rm-channel">
          <label htmlFor="rm-channel">{t('channel')}</label>
          <select
            id="rm-channel"
            value={channelId ?? ''}
            onChange={(e) => {
              setChannelId(e.target.value);
              setOpen(null);
            }}
          >
            {channels.map((c) => (
              <option key={c.id} value={c.id}>
                {c.reachesLine ? c.name : t('channelOptionKept', { name: c.name })}
              </option>
            ))}
          </select>
        </div>
        {notice ? (
          <div className={`notice ${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
            {notice.text}
          </div>
        ) : null}
        <div className="rm-layout">
          <RichMenuList menus={shown} selectedId={open?.id ?? null} onPick={(menu) => pick(menu.id)} onNew={() => pick(null)} />
          {open && channel ? (
            <RichMenuEditor
              key={open.key}
              item={item}
              channelId={channel.id}
              onSaved={(saved) => {
                setNotice(null);
                setOpen((current) => (current ? { ...current, id: saved.id } : current));
                void refresh(channel.id);
              }}
              onDeleted={(done) => {
                setNotice(done);
                setOpen(null);
                void refresh(channel.id);
              }}
            />
          ) : (
            <p className="muted rm-hint">{t('pickHint')}</p>
          )}
        </div>
      </main>
    </>
  );
}
