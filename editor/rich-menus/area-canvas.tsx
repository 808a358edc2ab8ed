import { useRef, useState, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RichMenuArea, RichMenuBounds, RichMenuSize } from '../../shared/rich-menus/rich-menu-rules';
import { actionSummary } from './area-fields';

interface Drag {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * The menu's image with its tap areas on it: drag on the image to draw an area, click one to edit
 * it. Positions are kept in the menu's own pixels (what LINE takes), whatever size it is shown at.
 */
export function AreaCanvas({
  size,
  imageUrl,
  areas,
  selected,
  onSelect,
  onDraw,
}: {
  size: RichMenuSize;
  imageUrl: string | null;
  areas: readonly RichMenuArea[];
  selected: number | null;
  onSelect: (index: number) => void;
  onDraw: (bounds: RichMenuBounds) => void;
}) {
  const { t } = useTranslation('richMenus');
  const box = useRef<HTMLDivElement>(null);
  const [drag, setDrag] = useState<Drag | null>(null);
  const width = size.width > 0 ? size.width : 2500;
  const height = size.height > 0 ? size.height : 843;

  const at = (event: PointerEvent): { x: number; y: number } => {
    const rect = box.current?.getBoundingClientRect();
    if (!rect || rect.width === 0) return { x: 0, y: 0 };
    const clamp = (value: number, max: number) => Math.min(max, Math.max(0, Math.round(value)));
    return { x: clamp(((event.clientX - rect.left) / rect.width) * width, width), y: clamp(((event.clientY - rect.top) / rect.height) * height, height) };
  };

  return (
    <div
      ref={box}
      className="rm-canvas"
      style={{ aspectRatio: `${width} / ${height}` }}
      aria-label={t('canvasLabel')}
      data-testid="rm-canvas"
      onPointerDown={(event) => {
        if (event.button !== 0) return;
        event.currentTarget.setPointerCapture(event.pointerId);
        const { x, y } = at(event);
        setDrag({ x0: x, y0: y, x1: x, y1: y });
      }}
      onPointerMove={(event) => {
        if (!drag) return;
        const { x, y } = at(event);
        setDrag({ ...drag, x1: x, y1: y });
      }}
      onPointerUp={() => {
        if (!drag) return;
        const bounds = boundsOf(drag);
        setDrag(null);
        // A click, or a slip of the mouse, is not an area: at least 2 % of the menu each way.
        if (bounds.width >= width / 50 && bounds.height >= height / 50) onDraw(bounds);
      }}
    >
      {imageUrl ? <img src={imageUrl} alt={t('imageAlt')} draggable={false} /> : <div className="rm-no-image">{t('noImageYet', { width, height })}</div>}
      {areas.map((area, i) => (
        <button
          key={i}
          type="button"
          className={`rm-area${i === selected ? ' selected' : ''}`}
          style={placed(area.bounds, width, height)}
          aria-label={t('area.summary', { n: i + 1, action: actionSummary(area.action) })}
          onPointerDown={(event) => event.stopPropagation()}
          onClick={() => onSelect(i)}
        >
          <span>{i + 1}</span>
        </button>
      ))}
      {drag ? <div className="rm-area drawing" style={placed(boundsOf(drag), width, height)} /> : null}
    </div>
  );
}

function boundsOf(drag: Drag): RichMenuBounds {
  const x = Math.min(drag.x0, drag.x1);
  const y = Math.min(drag.y0, drag.y1);
  return { x, y, width: Math.abs(drag.x1 - drag.x0), height: Math.abs(drag.y1 - drag.y0) };
}

function placed(bounds: RichMenuBounds, width: number, height: number) {
  const percent = (value: number, of: number) => `${(value / of) * 100}%`;
  return { left: percent(bounds.x, width), top: percent(bounds.y, height), width: percent(bounds.width, width), height: percent(bounds.height, height) };
}
