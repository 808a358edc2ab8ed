import { ImageOff } from 'lucide-react';
import { useState, type CSSProperties, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * An image of a message, or (no network, a URL with a `{{placeholder}}` still in it, a 404) a
 * quiet tile saying what would be there, so the layout around it stays as LINE lays it out.
 */
export function PreviewImage({
  src,
  alt = '',
  className,
  style,
  fallback,
}: {
  src: unknown;
  alt?: string;
  className?: string;
  style?: CSSProperties;
  /** What the tile says instead; a broken-image icon when absent. */
  fallback?: ReactNode;
}) {
  const { t } = useTranslation('testChat');
  const [failedSrc, setFailedSrc] = useState<string | null>(null);
  const url = typeof src === 'string' && /^https?:\/\//.test(src) ? src : '';
  if (!url || failedSrc === url)
    return (
      <span className={`lp-image-missing ${className ?? ''}`} style={style} role="img" aria-label={alt || t('media.imageNotLoaded')} title={url || undefined}>
        {fallback ?? <ImageOff className="icon" aria-hidden="true" />}
      </span>
    );
  return <img className={className} style={style} src={url} alt={alt} loading="lazy" onError={() => setFailedSrc(url)} />;
}
