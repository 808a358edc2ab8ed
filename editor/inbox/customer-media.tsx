import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { formatNumber } from '../i18n/format';
import { inboxApi } from './inbox-api';

/** The media fields of a customer's LINE message. */
interface MediaFields {
  type?: string;
  fileName?: string;
  fileSize?: number;
  duration?: number;
}

const mediaTypes = new Set(['image', 'video', 'audio', 'file']);

export function isCustomerMedia(content: { type?: string } | null | undefined): boolean {
  return mediaTypes.has(content?.type ?? '');
}

/**
 * A customer's image, video, audio or file, served by LineFlow from LINE's content API (kept once
 * fetched). Images are thumbnails that open full size; video and audio play in place; files are
 * downloads with their name and size. What LINE no longer keeps says so instead of a broken image.
 */
export function CustomerMedia({ conversationId, messageId, content }: { conversationId: string; messageId: string; content: MediaFields }) {
  const { t } = useTranslation('inbox');
  const [failed, setFailed] = useState(false);
  const url = inboxApi.contentUrl(conversationId, messageId);
  if (failed) return <div className="media-missing">{t('media.gone', { what: labelOf(content.type, t) })}</div>;
  switch (content.type) {
    case 'image':
      return (
        <a href={url} target="_blank" rel="noopener" className="media-link" title={t('media.openFull')} aria-label={t('media.photoOpen')}>
          <img className="media-thumb" src={url} alt={t('media.photo')} onError={() => setFailed(true)} />
        </a>
      );
    case 'video':
      return <video className="media-video" controls preload="metadata" src={url} aria-label={t('media.video')} onError={() => setFailed(true)} />;
    case 'audio':
      return (
        <div className="media-audio">
          <audio controls preload="none" src={url} aria-label={t('media.voice')} onError={() => setFailed(true)} />
          {content.duration ? <span className="muted">{t('media.seconds', { seconds: Math.round(content.duration / 1000) })}</span> : null}
        </div>
      );
    default:
      return (
        <a className="media-file" href={url} download={content.fileName ?? true}>
          <PaperClip /> <span className="media-file-name">{content.fileName ?? t('preview.fileWord')}</span>{' '}
          {content.fileSize !== undefined ? <span className="muted">{formatSize(content.fileSize)}</span> : null}
        </a>
      );
  }
}

/** Drawn, not an emoji: a browser without an emoji font shows an empty box instead. */
function PaperClip() {
  return (
    <svg className="media-file-icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
      <path
        d="M11 4.5 5.8 9.7a1.5 1.5 0 0 0 2.1 2.1l5.4-5.4a3 3 0 0 0-4.2-4.2L3.6 7.7a4.5 4.5 0 0 0 6.4 6.4l4-4"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.4"
      />
    </svg>
  );
}

function labelOf(type: string | undefined, t: TFunction<'inbox'>): string {
  const kinds: Record<string, 'kindPhoto' | 'kindVideo' | 'kindVoice'> = { image: 'kindPhoto', video: 'kindVideo', audio: 'kindVoice' };
  const kind = kinds[type ?? ''] ?? 'kindFile';
  return t(`media.${kind}`);
}

/** Bytes as people read them: 980 B, 12 KB, 3.4 MB. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${formatNumber(bytes)} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(Math.round(bytes / 1024))} KB`;
  return `${formatNumber(bytes / 1024 / 1024, { maximumFractionDigits: 1, minimumFractionDigits: 1 })} MB`;
}
