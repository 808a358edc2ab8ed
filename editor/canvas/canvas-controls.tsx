import { Panel, useReactFlow, useStore, type FitViewOptions, type ReactFlowState } from '@xyflow/react';
import { Maximize, Minus, Plus } from 'lucide-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Tooltip } from '../ui/tooltip';

const atMinZoom = (s: ReactFlowState) => s.transform[2] <= s.minZoom;
const atMaxZoom = (s: ReactFlowState) => s.transform[2] >= s.maxZoom;

/**
 * The canvas's zoom buttons: React Flow's own, with the app's icons and tooltips (a `title` shows
 * late, never on keyboard focus, and not at all on touch). Classes kept: tests and CSS use them.
 */
export function CanvasControls({ fitViewOptions }: { fitViewOptions: FitViewOptions }) {
  const { zoomIn, zoomOut, fitView } = useReactFlow();
  const minZoomReached = useStore(atMinZoom);
  const maxZoomReached = useStore(atMaxZoom);
  const { t } = useTranslation('editor');
  return (
    <Panel position="bottom-left" className="react-flow__controls vertical" aria-label={t('canvas.zoom')}>
      <ControlButton tip={t('canvas.zoomIn')} kind="zoomin" icon={<Plus aria-hidden="true" />} disabled={maxZoomReached} onClick={() => void zoomIn()} />
      <ControlButton tip={t('canvas.zoomOut')} kind="zoomout" icon={<Minus aria-hidden="true" />} disabled={minZoomReached} onClick={() => void zoomOut()} />
      <ControlButton
        tip={t('canvas.fitViewTip')}
        label={t('canvas.fitView')}
        kind="fitview"
        icon={<Maximize aria-hidden="true" />}
        onClick={() => void fitView(fitViewOptions)}
      />
    </Panel>
  );
}

function ControlButton(props: { tip: string; label?: string; kind: string; icon: ReactNode; disabled?: boolean; onClick: () => void }) {
  return (
    <Tooltip text={props.tip} side="right">
      <button
        type="button"
        className={`react-flow__controls-button react-flow__controls-${props.kind}`}
        aria-label={props.label ?? props.tip}
        disabled={props.disabled}
        onClick={props.onClick}
      >
        {props.icon}
      </button>
    </Tooltip>
  );
}
