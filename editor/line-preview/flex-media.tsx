import { Play } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { actionLabel, actionSummary } from './action-summary';
import { aspectRatioOf, colorOf, imageScale, lengthOf, pixelsOf, textScale } from './flex-scale';
import { itemStyle, type FlexNode, type FlexSlot } from './flex-item-style';
import { PreviewImage } from './preview-image';
import { textOf } from './text-of';

const alignItems: Record<string, string> = { start: 'flex-start', center: 'center', end: 'flex-end' };
const gravity: Record<string, string> = { top: 'flex-start', center: 'center', bottom: 'flex-end' };

/**
 * An image component: `size` is its width (a keyword, px, % or `full`; LINE's default `md`,
 * 100px), `aspectRatio` its height (default 1:1), `aspectMode` cover (crops) or fit (letterboxes
 * on `backgroundColor`); `align` and `gravity` place it in its slot.
 */
export function FlexImage({ node, slot }: { node: FlexNode; slot: FlexSlot }) {
  const width = node.size === 'full' ? '100%' : (lengthOf(node.size, imageScale) ?? `${imageScale.md}px`);
  const ratio = aspectRatioOf(node.aspectRatio) ?? 1;
  return (
    <div
      className="lp-image"
      style={{ ...itemStyle(node, slot), alignItems: alignItems[String(node.align)] ?? 'center', justifyContent: gravity[String(node.gravity)] }}
      title={node.action ? actionSummary(node.action) : undefined}
    >
      <div className="lp-image-frame" style={{ width, aspectRatio: `1 / ${ratio}`, backgroundColor: colorOf(node.backgroundColor) }}>
        <PreviewImage src={node.url} className={node.aspectMode === 'cover' ? 'lp-cover' : 'lp-fit'} />
      </div>
    </div>
  );
}

/** An icon in a baseline box: as tall as its `size` (a text size), as wide as its `aspectRatio` says. */
export function FlexIcon({ node, slot }: { node: FlexNode; slot: FlexSlot }) {
  const size = pixelsOf(node.size, textScale) ?? textScale.md;
  const ratio = aspectRatioOf(node.aspectRatio) ?? 1;
  return (
    <div className="lp-icon" style={{ ...itemStyle(node, slot), flex: '0 0 auto', fontSize: size }}>
      <PreviewImage src={node.url} style={{ width: `${1 / ratio}em`, height: '1em' }} fallback="" />
    </div>
  );
}

/** A video component: LINE shows its preview image with a play button until tapped. */
export function FlexVideo({ node, slot }: { node: FlexNode; slot: FlexSlot }) {
  const { t } = useTranslation('testChat');
  const ratio = aspectRatioOf(node.aspectRatio) ?? 1;
  return (
    <div className="lp-image lp-video" style={{ ...itemStyle(node, slot), alignItems: 'stretch' }} title={t('media.videoOf', { url: textOf(node.url) })}>
      <div className="lp-image-frame" style={{ width: '100%', aspectRatio: `1 / ${ratio}` }}>
        <PreviewImage src={node.previewUrl} className="lp-cover" alt={t('media.videoPreview')} />
        <span className="lp-play" aria-hidden="true">
          <Play className="icon" />
        </span>
      </div>
    </div>
  );
}

/**
 * A button: `primary` (filled, LINE green by default), `secondary` (filled grey) or `link` (text
 * only, the default); `height` md 52px or sm 40px; `color` is the fill, or the text of a link.
 * The preview's button does nothing; its tooltip says what LINE would do.
 */
export function FlexButton({ node, slot }: { node: FlexNode; slot: FlexSlot }) {
  const style = node.style === 'primary' || node.style === 'secondary' ? node.style : 'link';
  const color = colorOf(node.color);
  const face = style === 'link' ? { color } : { backgroundColor: color };
  return (
    <div className="lp-button" style={{ ...itemStyle(node, slot), justifyContent: gravity[String(node.gravity)] }}>
      <button type="button" className={`lp-button-${style}${node.height === 'sm' ? ' lp-button-sm' : ''}`} style={face} title={actionSummary(node.action)}>
        <span>{actionLabel(node.action)}</span>
      </button>
    </div>
  );
}
