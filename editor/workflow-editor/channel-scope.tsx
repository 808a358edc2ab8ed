import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useChannelNames } from '../api/use-channel-names';
import { useEditor } from '../state/editor-store';

/**
 * The header's "Channels" choice: which LINE Official Accounts the workflow runs for (none ticked:
 * all of them). Shown only where there is more than one channel to choose from.
 */
export function ChannelScope() {
  const { t } = useTranslation('workflowEditor');
  const options = useChannelNames();
  const [open, setOpen] = useState(false);
  const chosen = useEditor((s) => s.meta.settings.channels);
  const panelId = useId();
  if (options.length < 2 && !chosen?.length) return null;

  const set = (ids: string[]) => {
    const { meta } = useEditor.getState();
    const { channels: _dropped, ...rest } = meta.settings;
    useEditor.getState().updateMeta({ settings: ids.length ? { ...rest, channels: ids } : rest });
  };
  const toggle = (id: string) => set(chosen?.includes(id) ? chosen.filter((c) => c !== id) : [...(chosen ?? []), id]);
  const names = (chosen ?? []).map((id) => options.find((o) => o.id === id)?.name ?? t('channelScope.notConnected', { id }));

  return (
    <div className="channel-scope">
      <button type="button" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen((v) => !v)} title={t('channelScope.tip')}>
        {t('channelScope.label', { names: names.length ? names.join(t('listSeparator')) : t('channelScope.all') })}
      </button>
      {open ? (
        <fieldset id={panelId} className="channel-scope-panel">
          <legend>{t('channelScope.legend')}</legend>
          {options.map((option) => (
            <label key={option.id}>
              <input type="checkbox" checked={chosen?.includes(option.id) ?? false} onChange={() => toggle(option.id)} /> {option.name}
            </label>
          ))}
          <p className="hint">{t('channelScope.hint')}</p>
        </fieldset>
      ) : null}
    </div>
  );
}
