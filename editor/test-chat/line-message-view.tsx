import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { LineContent } from '../../shared/api/conversations-api';
import { LineMessagePreview } from '../line-preview/line-message-preview';

/** The fields of an inbox note, event or tapped postback this view reads. */
interface ShownMessage {
  type?: string;
  text?: string;
  displayText?: string;
  data?: string;
}

/**
 * A message of a conversation as the customer saw it in LINE (see line-preview/), or what LineFlow
 * records beside LINE's messages: an agents' note, an event, a tapped postback.
 */
export function LineMessageView({ content: message }: { content: LineContent | null | undefined }) {
  const { t } = useTranslation('testChat');
  const content = (message ?? {}) as ShownMessage;
  switch (content.type) {
    case 'postback':
      return <div className="bubble-text">{content.displayText ?? describePostback(content.data ?? '', t)}</div>;
    case 'note':
      return <div className="bubble-note">{t('messageView.note', { text: content.text ?? '' })}</div>;
    case 'event':
      return <div className="bubble-note">{content.text}</div>;
    default:
      return <LineMessagePreview message={message ?? {}} />;
  }
}

/** LINE does not send the label of a tapped button; say what the tap meant instead of raw data. */
function describePostback(data: string, t: TFunction<'testChat'>): string {
  const params = new URLSearchParams(data);
  const choice = params.get('choice');
  if (choice) return t('messageView.tapped', { choice });
  const rating = params.get('rating');
  if (rating) return t('messageView.rated', { rating });
  return data;
}
