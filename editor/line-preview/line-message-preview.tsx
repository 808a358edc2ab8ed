import { useTranslation } from 'react-i18next';
import { actionLabel, actionSummary } from './action-summary';
import { FlexContainer } from './flex-bubble';
import { ImagemapMessage } from './imagemap-message';
import './line-message-kinds.css';
import './line-preview.css';
import { AudioMessage, ImageMessage, LocationMessage, StickerMessage, VideoMessage } from './media-messages';
import { TemplateMessage } from './template-message';
import { TextMessage, TextV2Message } from './text-message';
import { textOf } from './text-of';

/** A LINE message object, read property by property. */
export type LineMessageObject = Record<string, unknown> & { type?: unknown };

/**
 * A LINE message drawn as the customer's LINE app draws it. Text stays in the chat's speech
 * bubble; the other kinds carry `lp-bare`, which lets the chat drop its bubble around them (LINE
 * shows stickers, images and cards without one).
 */
export function LineMessagePreview({ message }: { message: LineMessageObject }) {
  // Also re-renders the message's parts (tooltips included) when the language changes.
  const { t } = useTranslation('testChat');
  switch (message.type) {
    case 'text':
      return <TextMessage text={textOf(message.text)} emojis={message.emojis} />;
    case 'textV2':
      return <TextV2Message text={textOf(message.text)} substitution={message.substitution} />;
    case 'sticker':
      return <StickerMessage packageId={message.packageId} stickerId={message.stickerId} />;
    case 'image':
      return <ImageMessage previewImageUrl={message.previewImageUrl} originalContentUrl={message.originalContentUrl} />;
    case 'video':
      return <VideoMessage previewImageUrl={message.previewImageUrl} originalContentUrl={message.originalContentUrl} />;
    case 'audio':
      return <AudioMessage duration={message.duration} originalContentUrl={message.originalContentUrl} />;
    case 'location':
      return <LocationMessage title={message.title} address={message.address} latitude={message.latitude} longitude={message.longitude} />;
    case 'imagemap':
      return <ImagemapMessage message={message} />;
    case 'template':
      return <TemplateMessage template={message.template} altText={message.altText} />;
    case 'flex':
      // Contents mid-edit (not yet a bubble or carousel) show as the alt text LINE would notify with.
      if (!isContainer(message.contents)) return <div className="bubble-text">{textOf(message.altText, t('message.flexFallback'))}</div>;
      return (
        <div className="lp-flex lp-bare" title={typeof message.altText === 'string' ? message.altText : undefined}>
          <FlexContainer container={message.contents} />
        </div>
      );
    default:
      return <div className="bubble-text">[{textOf(message.type, t('message.unknown'))}]</div>;
  }
}

function isContainer(value: unknown): boolean {
  const type = value && typeof value === 'object' ? (value as { type?: unknown }).type : undefined;
  return type === 'bubble' || type === 'carousel';
}

interface QuickReplyItem {
  imageUrl?: string;
  action?: unknown;
}

/** The quick replies of a message, as LINE's row of chips under the chat; the preview's chips do nothing. */
export function QuickReplyChips({ quickReply }: { quickReply: unknown }) {
  const { t } = useTranslation('testChat');
  const items = ((quickReply as { items?: QuickReplyItem[] } | undefined)?.items ?? []).filter((item) => item && typeof item === 'object');
  if (!items.length) return null;
  return (
    <div className="lp-quick-replies" role="group" aria-label={t('message.quickReplies')}>
      {items.map((item, i) => (
        <button key={i} type="button" className="lp-quick-reply" title={actionSummary(item.action)}>
          {item.imageUrl ? <img src={item.imageUrl} alt="" /> : null}
          {actionLabel(item.action)}
        </button>
      ))}
    </div>
  );
}
