import { useTranslation } from 'react-i18next';
import { actionLabel, actionSummary } from './action-summary';
import { PreviewImage } from './preview-image';
import { textOf } from './text-of';

interface Area {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
}

const percent = (part: unknown, whole: number) => `${((typeof part === 'number' ? part : 0) / whole) * 100}%`;

/**
 * An imagemap: its base image at 1040px wide (LINE asks `baseUrl/1040` of the largest screens),
 * scaled to the chat, with each tappable area outlined; hovering one shows what it does.
 */
export function ImagemapMessage({ message }: { message: Record<string, unknown> }) {
  const { t } = useTranslation('testChat');
  const size = (message.baseSize ?? {}) as { width?: number; height?: number };
  const width = typeof size.width === 'number' && size.width > 0 ? size.width : 1040;
  const height = typeof size.height === 'number' && size.height > 0 ? size.height : width;
  const base = typeof message.baseUrl === 'string' ? `${message.baseUrl.replace(/\/$/, '')}/1040` : '';
  const actions = Array.isArray(message.actions) ? (message.actions as Record<string, unknown>[]) : [];
  const video = message.video as { area?: Area; previewImageUrl?: string } | undefined;
  const place = (area: Area | undefined) => ({
    left: percent(area?.x, width),
    top: percent(area?.y, height),
    width: percent(area?.width, width),
    height: percent(area?.height, height),
  });
  return (
    <div className="lp-imagemap lp-bare" role="group" aria-label={t('imagemap.label', { altText: textOf(message.altText) })} title={textOf(message.altText)}>
      <div className="lp-imagemap-frame" style={{ aspectRatio: `${width} / ${height}` }}>
        <PreviewImage src={base} className="lp-cover" alt={textOf(message.altText, t('imagemap.alt'))} />
        {video?.area ? (
          <div className="lp-imagemap-area lp-imagemap-video" style={place(video.area)} title={t('media.video')}>
            <PreviewImage src={video.previewImageUrl} className="lp-cover" alt={t('media.videoPreview')} />
          </div>
        ) : null}
        {actions.map((action, i) => (
          <div key={i} className="lp-imagemap-area" style={place(action.area as Area)} title={actionSummary(action)} aria-label={actionLabel(action)}>
            <span className="lp-imagemap-label">{actionLabel(action)}</span>
          </div>
        ))}
      </div>
    </div>
  );
}
