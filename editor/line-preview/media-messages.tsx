import { MapPin, Play } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PreviewImage } from './preview-image';
import { textOf } from './text-of';

/** LINE's picture of a sticker, as its Android app loads it (a PNG of up to 370×320). */
export function stickerImageUrl(stickerId: string): string {
  return `https://stickershop.line-scdn.net/stickershop/v1/sticker/${encodeURIComponent(stickerId)}/android/sticker.png`;
}

/** A sticker, without a bubble as LINE shows it; offline, a tile naming the package and sticker. */
export function StickerMessage({ packageId, stickerId }: { packageId?: unknown; stickerId?: unknown }) {
  const { t } = useTranslation('testChat');
  const name = t('media.stickerName', { packageId: textOf(packageId, '?'), stickerId: textOf(stickerId, '?') });
  const [failed, setFailed] = useState(false);
  if (failed || typeof stickerId !== 'string' || !stickerId)
    return (
      <div className="lp-sticker lp-sticker-missing lp-bare" role="img" aria-label={name}>
        <span className="lp-sticker-word">{t('media.sticker')}</span>
        <span>
          {textOf(packageId, '?')}/{textOf(stickerId, '?')}
        </span>
      </div>
    );
  return <img className="lp-sticker lp-bare" src={stickerImageUrl(stickerId)} alt={name} title={name} onError={() => setFailed(true)} />;
}

/** An image message: its preview image, rounded, at most 240px either way as LINE's chat shows it. */
export function ImageMessage({ previewImageUrl, originalContentUrl }: { previewImageUrl?: unknown; originalContentUrl?: unknown }) {
  const { t } = useTranslation('testChat');
  return (
    <div className="lp-media lp-bare" title={typeof originalContentUrl === 'string' ? originalContentUrl : undefined}>
      <PreviewImage src={previewImageUrl} className="lp-media-image" alt={t('media.image')} />
    </div>
  );
}

/** A video message: its preview image with LINE's play button over it. */
export function VideoMessage({ previewImageUrl, originalContentUrl }: { previewImageUrl?: unknown; originalContentUrl?: unknown }) {
  const { t } = useTranslation('testChat');
  return (
    <div
      className="lp-media lp-video-message lp-bare"
      title={typeof originalContentUrl === 'string' ? t('media.videoOf', { url: originalContentUrl }) : t('media.video')}
    >
      <PreviewImage src={previewImageUrl} className="lp-media-image" alt={t('media.videoPreview')} />
      <span className="lp-play" aria-hidden="true">
        <Play className="icon" />
      </span>
    </div>
  );
}

/** `60000` ms → "1:00", as LINE's voice message pill shows it. */
export function formatDuration(ms: unknown): string {
  const seconds = typeof ms === 'number' && ms > 0 ? Math.round(ms / 1000) : 0;
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** An audio message: LINE's pill with a play button and the length. */
export function AudioMessage({ duration, originalContentUrl }: { duration?: unknown; originalContentUrl?: unknown }) {
  const { t } = useTranslation('testChat');
  return (
    <div className="lp-audio" title={typeof originalContentUrl === 'string' ? originalContentUrl : undefined}>
      <span className="lp-audio-play" aria-hidden="true">
        <Play className="icon" />
      </span>
      <span className="lp-audio-track" aria-hidden="true" />
      <span className="lp-audio-time" aria-label={t('media.voiceLength')}>
        {formatDuration(duration)}
      </span>
    </div>
  );
}

/** A location message: a map tile with a pin, the place's title and address, and a link to the map. */
export function LocationMessage({ title, address, latitude, longitude }: { title?: unknown; address?: unknown; latitude?: unknown; longitude?: unknown }) {
  const { t } = useTranslation('testChat');
  const known = typeof latitude === 'number' && typeof longitude === 'number';
  return (
    <div className="lp-location lp-bare" role="group" aria-label={t('media.locationOf', { title: textOf(title) })}>
      <div className="lp-location-map" aria-hidden="true">
        <MapPin className="icon" />
      </div>
      <div className="lp-location-text">
        <strong>{textOf(title, t('media.location'))}</strong>
        {address ? <span>{textOf(address)}</span> : null}
        {known ? (
          <a href={`https://www.openstreetmap.org/?mlat=${latitude}&mlon=${longitude}#map=17/${latitude}/${longitude}`} target="_blank" rel="noreferrer">
            {t('media.openMap', { latitude: latitude.toFixed(5), longitude: longitude.toFixed(5) })}
          </a>
        ) : null}
      </div>
    </div>
  );
}
