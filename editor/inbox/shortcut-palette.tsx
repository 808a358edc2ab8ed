import { Zap } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkflowSummary } from '../api/api-client';

/** Ctrl+K: type to find a shortcut, Enter to run it. */
export function ShortcutPalette({
  shortcuts,
  onPick,
  onClose,
}: {
  shortcuts: WorkflowSummary[];
  onPick: (workflow: WorkflowSummary) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation('inbox');
  const [query, setQuery] = useState('');
  const [index, setIndex] = useState(0);
  const found = shortcuts.filter((w) => `${w.shortcut?.name} ${w.shortcut?.description ?? ''}`.toLowerCase().includes(query.toLowerCase()));
  return (
    <div className="dialog-backdrop" role="dialog" aria-label={t('shortcuts.palette')} onClick={onClose}>
      <div className="dialog palette-dialog" onClick={(e) => e.stopPropagation()}>
        <input
          autoFocus
          aria-label={t('shortcuts.find')}
          placeholder={t('shortcuts.findPlaceholder')}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setIndex(0);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') onClose();
            if (e.key === 'ArrowDown') setIndex((i) => Math.min(i + 1, found.length - 1));
            if (e.key === 'ArrowUp') setIndex((i) => Math.max(i - 1, 0));
            if (e.key === 'Enter' && found[index]) onPick(found[index]);
          }}
        />
        <ul role="listbox" aria-label={t('shortcuts.label')}>
          {found.map((w, i) => (
            <li key={w.id} role="option" aria-selected={i === index}>
              <button type="button" onClick={() => onPick(w)}>
                <Zap className="icon" aria-hidden="true" /> {w.shortcut?.name} <span className="muted">{w.shortcut?.description}</span>
              </button>
            </li>
          ))}
          {found.length === 0 ? <li className="muted">{t('shortcuts.noMatch')}</li> : null}
        </ul>
      </div>
    </div>
  );
}
