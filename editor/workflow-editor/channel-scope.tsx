import { useId, useState } from 'react';
import { useChannelNames } from '../api/use-channel-names';
import { useEditor } from '../state/editor-store';

/**
 * The header's "Channels" choice: which LINE Official Accounts the workflow runs for (none ticked:
 * all of them). Shown only where there is more than one channel to choose from.
 */
export function ChannelScope() {
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
  const names = (chosen ?? []).map((id) => options.find((o) => o.id === id)?.name ?? `${id} (not connected)`);

  return (
    <div className="channel-scope">
      <button type="button" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen((v) => !v)} title="Which LINE accounts this workflow runs for">
        Channels: {names.length ? names.join(', ') : 'all'}
      </button>
      {open ? (
        <fieldset id={panelId} className="channel-scope-panel">
          <legend>Runs for customers of</legend>
          {options.map((option) => (
            <label key={option.id}>
              <input type="checkbox" checked={chosen?.includes(option.id) ?? false} onChange={() => toggle(option.id)} /> {option.name}
            </label>
          ))}
          <p className="hint">None ticked: every channel.</p>
        </fieldset>
      ) : null}
    </div>
  );
}
