import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StepIcon } from '../steps/step-icon';
import { useStepTexts } from '../steps/step-texts';
import { moveAmongOptions } from './arrow-keys';
import type { PortPick } from './port-picker-store';
import { searchSteps } from './step-search';
import { useStepLabel } from './use-step-label';

/**
 * The palette in a popover, opened by a port's "+": only the steps that can follow a port, a
 * search field with the focus (Enter takes the first), arrows to move, Escape or a click outside to close.
 */
export function StepPicker({ pick, onPick, onClose }: { pick: PortPick; onPick: (type: string) => void; onClose: () => void }) {
  const { t } = useTranslation('editor');
  const stepLabel = useStepLabel();
  const stepTexts = useStepTexts();
  const [query, setQuery] = useState('');
  const box = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLDivElement>(null);
  const found = searchSteps(query, { canFollow: true, shown: (d) => ({ label: stepLabel(d), description: stepTexts.description(d) }) });

  useEffect(() => {
    const away = (event: PointerEvent) => {
      if (!box.current?.contains(event.target as Node)) onClose();
    };
    document.addEventListener('pointerdown', away, true);
    return () => document.removeEventListener('pointerdown', away, true);
  }, [onClose]);

  // Beside the "+", kept inside the window: near the right or bottom edge it opens the other way.
  const width = 260;
  const height = 340;
  const left = Math.max(8, Math.min(pick.x + 16, window.innerWidth - width - 8));
  const top = Math.max(8, Math.min(pick.y - 20, window.innerHeight - height - 8));
  return (
    <div
      ref={box}
      className="step-picker"
      role="dialog"
      aria-label={t('picker.title', { port: pick.portLabel })}
      style={{ left, top, width, maxHeight: height }}
      data-search-scope
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        } else moveAmongOptions(e, list.current);
      }}
    >
      <input
        type="search"
        aria-label={t('palette.search')}
        placeholder={t('palette.searchPlaceholder')}
        autoFocus
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && found[0]) {
            e.preventDefault();
            onPick(found[0].type);
          }
        }}
      />
      <div ref={list} className="step-picker-list">
        {found.length ? null : <p className="palette-hint">{t('palette.noMatch', { query: query.trim() })}</p>}
        {found.map((d, i) => (
          <button
            key={d.type}
            type="button"
            data-option
            className={i === 0 ? 'palette-item first' : 'palette-item'}
            title={stepTexts.description(d)}
            data-testid={`pick-${d.type}`}
            onClick={() => onPick(d.type)}
          >
            <StepIcon type={d.type} /> <span>{stepLabel(d)}</span>
          </button>
        ))}
      </div>
    </div>
  );
}
